/**
 * What the browser painted, read from a screenshot the engine itself took
 * (the `viewport-screenshot` command, tests/screenshot-plugin.mjs): for what a
 * reader sees and no DOM property tells, such as how far an underline runs.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Where an element is in the test page's viewport, in CSS px, through the frames it is in. */
export function rectInTopViewport(element: Element): DOMRect {
  const r = element.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  for (let win = element.ownerDocument.defaultView!; win.frameElement; win = win.parent as Window & typeof globalThis) {
    const frame = win.frameElement.getBoundingClientRect();
    x += frame.left + win.frameElement.clientLeft;
    y += frame.top + win.frameElement.clientTop;
  }
  return new DOMRect(x, y, r.width, r.height);
}

/** The test page's viewport as the engine painted it. */
export async function viewportPixels(): Promise<ImageData> {
  const answer = await executeServerCommand<{ png: string }, undefined>('viewport-screenshot');
  if (!answer?.png) throw new Error('viewport-screenshot: no picture');
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${answer.png}`)).blob());
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/**
 * How far an element's dark ink runs across (its text), and how far the
 * longest unbroken dark line in any one row runs (an underline: the one line
 * drawn across all of the glyphs), in CSS px from the element's left edge.
 * Read from the element's left edge to `reach`'s right edge, over the
 * element's height: text painted past its own box (as WebKitGTK did) is
 * counted. The element is scrolled to the middle of the screen first.
 */
export async function inkAndUnderline(element: Element, reach: Element): Promise<{ ink: [number, number]; underline: [number, number] }> {
  element.scrollIntoView({ block: 'center' });
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  const rect = rectInTopViewport(element);
  const pixels = await viewportPixels();
  const scale = pixels.width / window.top!.innerWidth;
  const left = Math.round(rect.left * scale);
  const top = Math.round(rect.top * scale);
  const width = Math.round((rectInTopViewport(reach).right - rect.left) * scale);
  const height = Math.round(rect.height * scale);
  if (left < 0 || top < 0 || left + width > pixels.width || top + height > pixels.height) throw new Error(`the element is not wholly on screen: ${JSON.stringify(rect)}`);
  const dark = (x: number, y: number) => {
    const i = ((top + y) * pixels.width + left + x) * 4;
    const d = pixels.data;
    return 0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]! < 110;
  };
  let inkFrom = Infinity;
  let inkTo = -Infinity;
  let line: [number, number] = [0, -1];
  for (let y = 0; y < height; y++) {
    let runFrom = -1;
    for (let x = 0; x <= width; x++) {
      if (x < width && dark(x, y)) {
        inkFrom = Math.min(inkFrom, x);
        inkTo = Math.max(inkTo, x);
        if (runFrom < 0) runFrom = x;
      } else if (runFrom >= 0) {
        if (x - 1 - runFrom > line[1] - line[0]) line = [runFrom, x - 1];
        runFrom = -1;
      }
    }
  }
  return { ink: [inkFrom / scale, inkTo / scale], underline: [line[0] / scale, line[1] / scale] };
}
