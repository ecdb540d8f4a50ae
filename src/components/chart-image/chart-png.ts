import type { ChartImage } from './chart-svg';

/**
 * Draws a chart's SVG onto a canvas at `scale` times its size (2× stays sharp on high-density
 * screens and in slides) and encodes it as PNG. The SVG is loaded from a blob: URL, which the
 * app's CSP allows for images; the image holds no external resources, so the canvas stays clean.
 */
export async function chartPng(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const element = new Image(image.width, image.height);
    element.src = url;
    await element.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas');
    context.drawImage(element, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
