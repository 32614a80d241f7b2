/**
 * One message file per area and language (messages/LANG/NAMESPACE.json), so that each part of
 * the UI keeps its own strings.
 */
export const NAMESPACES = ['app', 'archive', 'notFound', 'auth', 'desk', 'editor', 'review', 'admin', 'issues', 'reader', 'translationChecks', 'translation', 'search', 'mail', 'intake', 'releaseImport'] as const;
