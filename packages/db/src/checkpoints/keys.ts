import {
	createHash,
	createPrivateKey,
	createPublicKey,
	generateKeyPairSync,
	type KeyObject
} from 'node:crypto';
import fs from 'node:fs/promises';

/** An Ed25519 signing key read from outside the database, with the id its checkpoints carry. */
export interface SigningKey {
	privateKey: KeyObject;
	publicKey: KeyObject;
	keyId: string;
}

/** The id of a public key: the first 16 hex digits of the SHA-256 of its SPKI encoding. */
export function keyIdOf(publicKey: KeyObject): string {
	const der = publicKey.export({ type: 'spki', format: 'der' });
	return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** Reads a PKCS#8 PEM Ed25519 private key (`trienkhai checkpoint keygen` writes one). */
export async function readSigningKey(file: string): Promise<SigningKey> {
	const privateKey = createPrivateKey(await fs.readFile(file, 'utf8'));
	if (privateKey.asymmetricKeyType !== 'ed25519') {
		throw new Error(`${file}: khóa không phải Ed25519 (not an Ed25519 key: ${privateKey.asymmetricKeyType})`);
	}
	const publicKey = createPublicKey(privateKey);
	return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/** Reads a public key (SPKI PEM), or derives it from a private key file. */
export async function readPublicKey(file: string): Promise<KeyObject> {
	const pem = await fs.readFile(file, 'utf8');
	const key = pem.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(pem)) : createPublicKey(pem);
	if (key.asymmetricKeyType !== 'ed25519') {
		throw new Error(`${file}: khóa không phải Ed25519 (not an Ed25519 key: ${key.asymmetricKeyType})`);
	}
	return key;
}

/** Writes a new key pair: `<file>` (private, mode 0600, refuses to overwrite) and `<file>.pub`. */
export async function writeNewKeyPair(file: string): Promise<{ keyId: string; publicFile: string }> {
	const { privateKey, publicKey } = generateKeyPairSync('ed25519');
	await fs.writeFile(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { flag: 'wx', mode: 0o600 });
	const publicFile = `${file}.pub`;
	await fs.writeFile(publicFile, publicKey.export({ type: 'spki', format: 'pem' }));
	return { keyId: keyIdOf(publicKey), publicFile };
}
