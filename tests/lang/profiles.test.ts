import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getProfile, isSupportedLanguage, supportedLanguages } from '../../src/index.js';

describe('getProfile', () => {
  it('returns the full profile of each supported language', () => {
    for (const code of supportedLanguages) {
      const profile = getProfile(code);
      assert.equal(profile.code, code);
      assert.ok(profile.segmentation.terminators.includes('.'));
    }
  });

  it('uses the primary subtag of a regional code', () => {
    assert.equal(getProfile('nl-BE').code, 'nl');
    assert.equal(isSupportedLanguage('SV_se'), true);
  });

  it('gives generic rules under the caller’s code for an unknown language', () => {
    const profile = getProfile('vi');
    assert.equal(profile.code, 'vi');
    assert.deepEqual(profile.segmentation.abbreviations, []);
    assert.equal(isSupportedLanguage('vi'), false);
  });

  it('marks Arabic right-to-left with its own question mark', () => {
    const profile = getProfile('ar');
    assert.equal(profile.direction, 'rtl');
    assert.ok(profile.segmentation.terminators.includes('؟'));
  });

  it('throws a TypeError naming lang for a non-string or empty code', () => {
    assert.throws(() => getProfile(undefined as unknown as string), { name: 'TypeError', message: /lang/ });
    assert.throws(() => getProfile('  '), { name: 'TypeError', message: /lang/ });
  });
});
