import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * edXML read into a plain tree by fast-xml-parser: namespace prefixes dropped (systems write `edXML:From`,
 * `From` under a default namespace, or both), every value kept as text, attributes under '@_'.
 */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

/** Elements that may repeat, by their path without prefixes. */
const REPEATING = new Set([
	'To',
	'ToPlaces.Place',
	'TraceHeader',
	'Reference',
	'Attachment',
	'ResponseFor',
	'Appendix'
]);

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	removeNSPrefix: true,
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
	processEntities: true,
	isArray: (name, jpath) => REPEATING.has(name) || REPEATING.has(String(jpath).split('.').slice(-2).join('.'))
});

/** Why a text is not a readable XML document. */
export class XmlReadError extends Error {}

/** Parses well-formed XML; throws XmlReadError (with the parser's line) otherwise. */
export function readXmlTree(xml: string): XmlNode {
	const valid = XMLValidator.validate(xml);
	if (valid !== true) throw new XmlReadError(`${valid.err.msg} (line ${valid.err.line})`);
	const tree: unknown = parser.parse(xml);
	if (!isNode(tree)) throw new XmlReadError('empty document');
	return tree;
}

export function isNode(value: unknown): value is XmlNode {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first element named `name` anywhere below `node`, depth first. */
export function findElement(node: XmlValue, name: string): XmlNode | null {
	if (Array.isArray(node)) {
		for (const item of node) {
			const found = findElement(item, name);
			if (found) return found;
		}
		return null;
	}
	if (!isNode(node)) return null;
	for (const [key, value] of Object.entries(node)) {
		if (key.startsWith('@_')) continue;
		if (key === name) {
			const first = Array.isArray(value) ? value[0] : value;
			if (isNode(first)) return first;
			if (typeof first === 'string') return { '#text': first };
		}
	}
	for (const [key, value] of Object.entries(node)) {
		if (key.startsWith('@_')) continue;
		const found = findElement(value, name);
		if (found) return found;
	}
	return null;
}

/** The child element(s) named `name`, always as a list of nodes (a text-only child becomes {'#text'}). */
export function children(node: XmlNode | null, name: string): XmlNode[] {
	const value = node?.[name];
	if (value === undefined) return [];
	const list = Array.isArray(value) ? value : [value];
	return list.map((v) => (isNode(v) ? v : { '#text': typeof v === 'string' ? v : '' }));
}

/** The text of a child element (empty when absent or not text). */
export function text(node: XmlNode | null, name: string): string {
	const value = node?.[name];
	const first = Array.isArray(value) ? value[0] : value;
	if (typeof first === 'string') return first;
	if (isNode(first) && typeof first['#text'] === 'string') return first['#text'];
	return '';
}

/** The child element, or null. */
export function child(node: XmlNode | null, name: string): XmlNode | null {
	return children(node, name)[0] ?? null;
}

/** An attribute, read with or without its (dropped) prefix. */
export function attribute(node: XmlNode | null, name: string): string {
	const value = node?.[`@_${name}`];
	return typeof value === 'string' ? value : '';
}
