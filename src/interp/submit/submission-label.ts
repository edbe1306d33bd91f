/** The label that makes a create safe to repeat: a retried create finds its first attempt by it. */
export const SUBMISSION_LABEL = 'tiphys.io/submission-id';
