import type { ArticleRef } from '../store/index.js';

/**
 * The article an exported row comes from: its title, the file or page it was read from, and the
 * revision as the first 12 hex digits of its content hash.
 * @example articleCitation(article) === 'Wikipedia: "Bombardment of Gao" (fixtures/articles/Bombardment_of_Gao.txt, revision sha256:e5d55e2a91c6)'
 */
export function articleCitation(article: ArticleRef): string {
  return `Wikipedia: "${article.title}" (${article.source}, revision sha256:${article.id.slice(0, 12)})`;
}

/**
 * Notes that end by naming the article they were read from.
 * @example citedNotes('…French planes bombed the city of Gao…', article) // '…French planes bombed the city of Gao… [Wikipedia: "Bombardment of Gao"]'
 */
export function citedNotes(notes: string, article: ArticleRef): string {
  const cite = `[Wikipedia: "${article.title}"]`;
  return notes.trim() === '' ? cite : `${notes.trim()} ${cite}`;
}
