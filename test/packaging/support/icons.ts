import { drawIcon } from './icon-art';
import { encodeIco } from './ico';
import { encodePng } from './png';

/** Sizes Windows picks from for the exe, the taskbar, Explorer views and the NSIS installer. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
export const PNG_SIZE = 512;

/** The icon files in resources/, by file name. */
export function renderIcons(): Record<'icon.png' | 'icon.ico', Buffer> {
  return {
    'icon.png': encodePng(drawIcon(PNG_SIZE)),
    'icon.ico': encodeIco(ICO_SIZES.map((size) => drawIcon(size))),
  };
}
