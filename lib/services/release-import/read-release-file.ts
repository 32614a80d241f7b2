import { fileTypeFromBuffer } from 'file-type';
import { formatFileSize } from '@/lib/domain/file-size';
import { docxToReleaseText } from './docx-to-release-text';
import { ImportError } from './import-error';
import { MAX_RELEASE_FILE_BYTES, type ReleaseFileInput } from './prepare-editions';

const DOCX = 'docx';

/**
 * An uploaded file as the import's input: a UTF-8 text (.txt, .md: the release text) as is, a Word
 * document (.docx, sniffed from its bytes, not its name) converted to that text. Anything else, or
 * a file over the size limit, is refused with a clear ImportError.
 */
export async function readReleaseFile(file: { fileName: string; bytes: Uint8Array }, maxBytes = MAX_RELEASE_FILE_BYTES): Promise<ReleaseFileInput> {
  const { fileName, bytes } = file;
  if (bytes.byteLength > maxBytes) {
    throw new ImportError(`${fileName} is larger than ${formatFileSize(maxBytes, 'en')}.`, 'too_large', { fileName, limit: maxBytes });
  }
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === DOCX) {
    let text: string;
    try {
      text = await docxToReleaseText(bytes);
    } catch {
      throw new ImportError(`${fileName} looks like a Word document but cannot be read.`, 'docx_unreadable', { fileName });
    }
    return { fileName, bytes, text, format: 'docx' };
  }
  if (type || !isUtf8(bytes)) {
    throw new ImportError(
      `${fileName} is neither a UTF-8 text (.txt, .md) nor a Word document (.docx)${type ? ` but ${type.mime}` : ''}.`,
      'unsupported_type',
      { fileName, detected: type?.ext ?? '' },
    );
  }
  return { fileName, bytes, format: 'text' };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
