/**
 * A TLS certificate the client refuses (self-signed, expired, wrong host, unknown CA) will not heal on
 * a retry: such errors fail at once, with the fix, instead of being retried like a dropped connection.
 */

const CERT_CODES = /^(?:CERT_|ERR_TLS_CERT|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(?:VERIFY_LEAF_SIGNATURE|GET_ISSUER_CERT)|ERR_SSL_|HOSTNAME_MISMATCH)/;

/** The error, or one of its causes, is a certificate verification failure. */
export const isCertificateError = (e: unknown): boolean => {
  for (let cur: unknown = e, depth = 0; cur instanceof Error && depth < 5; cur = cur.cause, depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && CERT_CODES.test(code)) return true;
  }
  return false;
};
