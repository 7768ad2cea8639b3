// The meeting-mode snapshot for the minutes (biên bản): the dashboard as drawn, as PNG or as an A4
// landscape PDF. Loaded on demand, so the libraries stay out of the page's first load.

/** Draws an element to a PNG data URL at twice the screen resolution (sharp when printed). */
async function toPngDataUrl(element: HTMLElement): Promise<string> {
	const { toPng } = await import('html-to-image');
	return toPng(element, { pixelRatio: 2, backgroundColor: '#ffffff', cacheBust: true });
}

function download(href: string, fileName: string): void {
	const link = document.createElement('a');
	link.href = href;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
}

/** Saves the element as a PNG file. */
export async function savePng(element: HTMLElement, fileName: string): Promise<void> {
	download(await toPngDataUrl(element), fileName);
}

/** Saves the element as a one-page A4 landscape PDF, the picture fitted inside 10 mm margins. */
export async function savePdf(element: HTMLElement, fileName: string, title: string): Promise<void> {
	const [dataUrl, { jsPDF }] = await Promise.all([toPngDataUrl(element), import('jspdf')]);
	const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4' });
	const pageWidth = pdf.internal.pageSize.getWidth();
	const pageHeight = pdf.internal.pageSize.getHeight();
	const margin = 10;
	const { width, height } = pdf.getImageProperties(dataUrl);
	const scale = Math.min((pageWidth - 2 * margin) / width, (pageHeight - 2 * margin) / height);
	pdf.setProperties({ title });
	pdf.addImage(dataUrl, 'PNG', margin, margin, width * scale, height * scale);
	pdf.save(fileName);
}
