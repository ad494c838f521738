// The bulk approve form's id: the checkboxes of a page's list of weeks (the review queue, the cohort
// grid) belong to it by their `form` attribute, wherever on the page they are, so that the form (and
// the answer it shows) stays when the list is rendered again without them.
export const BULK_APPROVE_FORM = "bulk-approve";
