// Full screen where the page may have it. Inside an LMS frame without permission for
// it, the browser refuses; the facilitator is then told to use the browser's own.
export type FullscreenResult = 'on' | 'off' | 'refused';

export async function toggleFullscreen(doc: Document = document): Promise<FullscreenResult> {
  try {
    if (doc.fullscreenElement) {
      await doc.exitFullscreen();
      return 'off';
    }
    if (!doc.fullscreenEnabled) return 'refused';
    await doc.documentElement.requestFullscreen();
    return 'on';
  } catch {
    return 'refused';
  }
}
