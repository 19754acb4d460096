// The JSON contract (docs/cli-json-v1.md) checked on real output: the CLI run on the showcase
// corpus, validated against docs/schema/cli-json-v1.schema.json, plus the invariants a schema
// cannot say (every text is exactly its slice of the file, indices point at real things).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import AjvModule from 'ajv';
import { repoRoot, run } from './helpers.js';

const Ajv = AjvModule as unknown as typeof AjvModule.default;
const schema = JSON.parse(readFileSync(join(repoRoot, 'docs', 'schema', 'cli-json-v1.schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true });
ajv.addSchema(schema, 'cli-json-v1');
const validateAny = ajv.getSchema('cli-json-v1')!;
const validator = (name: string) => {
  const validate = ajv.getSchema(`cli-json-v1#/definitions/${name}`);
  assert.ok(validate, `no definition ${name}`);
  return validate;
};

interface JsonDocument {
  path: string;
  lang: string;
  sentences: Array<{ index: number; start: number; end: number; text: string; kind?: string }>;
}

function fileText(path: string): string {
  const text = readFileSync(join(repoRoot, path), 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function assertValid(name: string, value: unknown): void {
  const validate = validator(name);
  assert.ok(validate(value), `${name}: ${ajv.errorsText(validate.errors)}`);
  assert.ok(validateAny(value), `any: ${ajv.errorsText(validateAny.errors)}`);
}

function assertDocumentsMatchFiles(documents: readonly JsonDocument[]): void {
  for (const document of documents) {
    const text = fileText(document.path);
    document.sentences.forEach((sentence, index) => {
      assert.equal(sentence.index, index);
      assert.equal(text.slice(sentence.start, sentence.end), sentence.text, `${document.path} sentence ${index}`);
    });
  }
}

const corpus = 'corpora/spring-meeting-2025';
const files = ['uk', 'nl', 'id', 'sv', 'ar'].map((lang) => `${corpus}/${lang}.txt`);

describe('JSON output against docs/schema/cli-json-v1.schema.json', () => {
  it('the schema rejects what breaks the contract', () => {
    assert.equal(validateAny({ version: 2, documents: [] }), false);
    assert.equal(validateAny({ version: 1, documents: [{ path: 'a', lang: 'nl', sentences: [{ index: 0, start: 0, end: 1 }] }] }), false);
    assert.equal(validateAny({ version: 1, documents: [], findings: [{ id: 'x', rule: 'r', severity: 'fatal', message: 'm', evidence: [] }] }), false);
    assert.equal(validateAny({ version: 1, documents: [], links: [{ a: [0], b: [], score: 1.5 }] }), false);
    const twoDocuments = [0, 1].map(() => ({ path: 'a', lang: 'nl', sentences: [] }));
    assert.equal(validateAny({ version: 1, documents: twoDocuments, links: [], mode: 'parallel', modeReason: 'why' }), true);
    assert.equal(validateAny({ version: 1, documents: twoDocuments, links: [], mode: 'auto' }), false, 'mode is the mode used, never auto');
    assert.equal(validateAny({ version: 1, documents: [] }), true);
  });

  it('segment: every corpus file', async () => {
    const outcome = await run(['segment', ...files, '--format', 'json']);
    assert.equal(outcome.code, 0, outcome.stderr);
    const json = JSON.parse(outcome.stdout) as { documents: JsonDocument[] };
    assertValid('segmentOutput', json);
    assert.deepEqual(json.documents.map((document) => [document.path, document.lang]), files.map((file) => [file, file.slice(-6, -4)]));
    assertDocumentsMatchFiles(json.documents);
  });

  it('align: nl and ar (a translation pair)', async () => {
    const outcome = await run(['align', `${corpus}/nl.txt`, `${corpus}/ar.txt`, '--format', 'json']);
    assert.equal(outcome.code, 0, outcome.stderr);
    const json = JSON.parse(outcome.stdout) as { documents: JsonDocument[]; links: Array<{ a: number[]; b: number[] }> };
    assertValid('alignOutput', json);
    assert.deepEqual(json.documents.map((document) => document.lang), ['nl', 'ar']);
    assertDocumentsMatchFiles(json.documents);
    assert.ok(json.links.length > 0);
    for (const link of json.links) {
      for (const index of link.a) assert.ok(index < (json.documents[0]?.sentences.length ?? 0));
      for (const index of link.b) assert.ok(index < (json.documents[1]?.sentences.length ?? 0));
    }
  });

  it('check: the corpus directory, with evidence that slices to its text', async () => {
    const outcome = await run(['check', corpus, '--format', 'json', '--fail-on', 'none']);
    assert.equal(outcome.code, 0, outcome.stderr);
    const json = JSON.parse(outcome.stdout) as {
      documents: JsonDocument[];
      findings: Array<{ evidence: Array<{ document: number; sentence: number; start: number; end: number; text: string }> }>;
    };
    assertValid('checkOutput', json);
    assert.equal(json.documents.length, 5);
    assertDocumentsMatchFiles(json.documents);
    assert.ok(json.findings.length > 0);
    for (const finding of json.findings) {
      for (const evidence of finding.evidence) {
        const document = json.documents[evidence.document];
        assert.ok(document, 'evidence.document in range');
        assert.ok(document.sentences[evidence.sentence], 'evidence.sentence in range');
        assert.equal(fileText(document.path).slice(evidence.start, evidence.end), evidence.text);
      }
    }
  });

  it('a real process (the built dist/cli.js, what users run) writes only the JSON on stdout', async () => {
    assert.ok(existsSync(join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is missing: run "npm run build" first (npm test does)');
    const { stdout } = await promisify(execFile)(process.execPath, ['dist/cli.js', 'check', ...files.slice(0, 2), '--format', 'json', '--fail-on', 'none'], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    const json = JSON.parse(stdout) as unknown;
    assertValid('checkOutput', json);
  });
});

