import { AppError, describeCause } from '../../core/errors'

export type DocumentReadReason = 'format-unsupported' | 'file-too-large' | 'pdf-encrypted' | 'pdf-no-text' | 'document-empty' | 'document-corrupt'

const codes = {
  'format-unsupported': 'KB_FORMAT_UNSUPPORTED',
  'file-too-large': 'KB_FILE_TOO_LARGE',
  'pdf-encrypted': 'KB_PDF_ENCRYPTED',
  'pdf-no-text': 'KB_PDF_NO_TEXT',
  'document-empty': 'KB_DOCUMENT_EMPTY',
  'document-corrupt': 'KB_DOCUMENT_CORRUPT'
} as const satisfies Record<DocumentReadReason, string>

export type DocumentReadCode = (typeof codes)[DocumentReadReason]

/** Three significant digits: "201 MB" for real limits, still non-zero for the tiny limits tests use. */
function megabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toPrecision(3))} MB`
}

/** A file that cannot become knowledge-base text; the message names the file and what to do about it. */
export class DocumentReadError extends AppError<{ file: string; reason: DocumentReadReason }> {
  declare readonly code: DocumentReadCode

  constructor(file: string, reason: DocumentReadReason, message: string, options?: { cause?: unknown }) {
    super(codes[reason], message, { file, reason }, options)
  }

  static unsupported(file: string, extensions: readonly string[]): DocumentReadError {
    return new DocumentReadError(
      file,
      'format-unsupported',
      `${file} cannot be added to the knowledge base: only ${extensions.join(', ')} files are supported. Save it in one of these formats and add it again.`
    )
  }

  static tooLarge(file: string, bytes: number, limit: number): DocumentReadError {
    return new DocumentReadError(
      file,
      'file-too-large',
      `${file} is ${megabytes(bytes)}, over the ${megabytes(limit)} limit for one document. Split it into smaller files and add those instead.`
    )
  }

  static encrypted(file: string, cause: unknown): DocumentReadError {
    return new DocumentReadError(file, 'pdf-encrypted', `${file} is password-protected. Remove the password (open it and save or print an unprotected copy) and add it again.`, { cause })
  }

  static noText(file: string, pages: number): DocumentReadError {
    return new DocumentReadError(
      file,
      'pdf-no-text',
      `${file} has ${pages} page(s) of images but no text layer, so it looks like a scan. Run OCR first (most PDF tools can make it searchable) and add it again.`
    )
  }

  static empty(file: string): DocumentReadError {
    return new DocumentReadError(file, 'document-empty', `${file} contains no text to add to the knowledge base. Check that it is the right file, or add the document it came from.`)
  }

  static corrupt(file: string, kind: string, cause: unknown): DocumentReadError {
    return new DocumentReadError(
      file,
      'document-corrupt',
      `${file} could not be read as ${kind} (${describeCause(cause)}). It may be damaged or misnamed: open it in the program that made it, save it again, and add the new copy.`,
      { cause }
    )
  }
}
