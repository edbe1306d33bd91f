/** Argo's `retryStrategy`. Numbers are emitted as strings, the form Argo's schema declares. @category model */
export interface RetryStrategy {
  readonly limit?: number | string;
  readonly retryPolicy?: 'Always' | 'OnFailure' | 'OnError' | 'OnTransientError';
  readonly expression?: string;
  readonly backoff?: {
    readonly duration?: string | number;
    readonly factor?: number | string;
    readonly maxDuration?: string | number;
    readonly cap?: string | number;
  };
  readonly affinity?: { readonly nodeAntiAffinity?: Readonly<Record<string, never>> };
}
