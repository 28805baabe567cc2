/**
 * The workbooks the preview holds, in one WorkbookRegistry so their IMPORTRANGE cells reach each other:
 * the officer's demo organization first (the default the page opens), then the district demo
 * (district-demo.ts). Made from the save file, or from the demo when there is none; an older save file
 * of one workbook gets the district demo added beside it.
 */

import { WorkbookRegistry } from '../sheets/memory';
import { demoDocument } from './demo-workbook';
import { districtDemo } from './district-demo';
import type { PreviewDocument, PreviewFile } from './workbook-file';

/** The preview's workbooks: `documents[0]` is the default; the registry holds them all. */
export interface PreviewWorkbooks {
  readonly documents: readonly PreviewDocument[];
  readonly registry: WorkbookRegistry;
}

/** The id of a document's workbook (read from its state: getId would count a call). */
export function idOf(document: PreviewDocument): string {
  return document.workbook.toJSON().id;
}

/** The workbooks of a file, added to a new registry, shared and allowed as the file says. */
export function fromPreviewFile(file: PreviewFile): PreviewWorkbooks {
  const registry = new WorkbookRegistry();
  for (const { workbook } of file.documents) registry.add(workbook);
  for (const { sourceId, withId } of file.shares) registry.share(sourceId, withId);
  for (const { importerId, sourceId } of file.allowed) {
    // A grant outlives an unshare (sharing again brings the values back without a click), but the
    // registry only grants what is shared: shared for the grant's moment, as it was when clicked.
    const shared = file.shares.some((s) => s.sourceId === sourceId && s.withId === importerId);
    if (!shared) registry.share(sourceId, importerId);
    registry.allowAccess(importerId, sourceId);
    if (!shared) registry.unshare(sourceId, importerId);
  }
  return { documents: file.documents, registry };
}

/** What to save: the workbooks and the registry's shares and Allow access grants. */
export function toPreviewFile(workbooks: PreviewWorkbooks): PreviewFile {
  return {
    documents: workbooks.documents,
    shares: workbooks.registry.listShares(),
    allowed: workbooks.registry.listAllowed(),
  };
}

/** `file` with the district demo added after its default workbook (which plays organization A). */
export function withDistrictDemo(root: string, file: PreviewFile): PreviewFile {
  const [first] = file.documents;
  if (!first) throw new Error('withDistrictDemo: bug: a preview file without a workbook');
  const demo = districtDemo(root, idOf(first));
  return {
    documents: [...file.documents, ...demo.documents],
    shares: [...file.shares, ...demo.shares],
    allowed: [...file.allowed, ...demo.allowed],
  };
}

/** The demo the preview starts with when there is no save file: the officer's organization, then the district's. */
export function demoPreviewFile(root: string): PreviewFile {
  return withDistrictDemo(root, { documents: [demoDocument(root)], shares: [], allowed: [] });
}
