// The size budget of what a page loads (www/pkg as scripts/build.sh left
// it). Sizes are deterministic for a given source and toolchain, so this
// is a test, unlike speed (scripts/bench.sh measures that).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGET_GZIP, sizes } from '../bench/size.mjs';

// Ratchet: the total after the fourth round of size work on issue 6 (short
// import names and comment-free JS from scripts/shrink.mjs, JS readers
// without early returns, two wasm-opt passes: 80,385 B, from 88,201 B),
// plus 1 %; raised to 81,630 (81,222 B plus 0.5 %) when the parser's surname
// index went back to std's keyed hasher (+188 B): predictable hashes let
// hostile text pile names into one bucket. Lowered to 73,050 (72,683 B plus
// 0.5 %) when the release .wasm moved to a pinned nightly that rebuilds std
// without panic messages and formatting (scripts/release-toolchain.sh,
// 81,222 B before). Raised to 77,700 (77,324 B plus 0.5 %) for the parser's fixes on unseen
// articles (+4,426 B measured on the stable build): timestamp labels and
// zones, related headings, title-case datelines, quotes opened mid-paragraph
// that run on, speakers in appositions, after quoted names and in Russian
// verb-subject order; each fix is its own commit. Lowered to 74,950 (74,550 B
// plus 0.5 %) by the non-parser size round: the reader's time and event
// details made in dom.js, the model to JS by JSON.parse, related items and
// speakers through map entries, borrowed UI strings, a tag-name table,
// wasm-opt --flatten --rereloop, a short closure-export name. Raised to
// 75,525 (75,147 B plus 0.5 %) for the parser's byte scans that bring the
// nasty inputs the unseen-article rules had pushed past 2x back under it
// (+254 B), and a keyed index for sources, which was quadratic (+115 B).
// Raised to 76,845 (76,463 B plus 0.5 %) for the model that borrows from the
// text (+1,119 B): `Cow` strings in every reader, writer and drop of the
// model, quote ids kept as numbers (`QuoteId`, its text, equality and hash),
// and text with CRs or trailing spaces found again in the input, in return
// for 8 fewer allocations per quote (attribution clauses borrowed too).
// Lowered to 74,860 (74,758 B measured after merging it with the model's
// borrowed clauses, plus 0.1 %) by a size round after the borrowed model
// (76,947 B before): table slots only build-time descriptors used
// cleared so that wasm-opt drops their functions (scripts/prune-table.mjs,
// -825 B), the render's speaker and related indexes on the parser's one map
// type (-467 B), three JS imports fewer (-53 B), short names for the glue's
// helpers (scripts/short-names.mjs, -267 B), the UI language read by bytes
// (-96 B), widget ids from an atomic static (-26 B).
// Raised to 77,180 (77,098 B after the merge, plus 0.1 %) for the parser's
// rules from a second set of unseen articles (+2,270 B over 76,492 B on their branch, each its own
// commit, costs in the branch's report): a role's holder checked against
// the body it heads, a role and quoted organisation before the holder's
// name, interview answers, British straight single quotes, US courtesy
// titles, appositions before a colon, bylines, multi-word and wire
// datelines, spelled-out US zones, groups as plural speakers.
// Raised by 118 B to 77,298 (77,216 B on the speakers branch, 77,098 B
// before it) for cheaper speaker reading: names found without building
// them for a speaker, a name's roles held in place, its text borrowed from
// the paragraph, the last surname lookup remembered (many speakers -9 %
// instructions per byte, about a third fewer allocations per quote).
// Raised by 633 B to 77,931 (77,098 -> 77,731 B on the `runs` branch) for the byte
// scans that bring the nasty inputs `run of "`, `run of '` and `blank
// lines` back under 2x the seed's cost per byte: a run of one straight
// mark skipped (+114 B), paragraphs found from the last line found
// (+166 B), the dateline's ASCII place read from the bytes (+225 B).
// Lowered to 76,830 (76,751 B after the merge, plus 0.1 %) when terser
// minified the shipped JS in place of short-names.mjs and the comment
// stripping (on its branch: glue 3,519 -> 2,959 B, dom.js 1,589 -> 1,227,
// define.js 1,330 -> 1,127; -1,125 B).
// A change that grows the widget past it must shrink something else or
// raise this figure on purpose (and say why in its commit).
const CEILING_GZIP = 76_830;

const describe = ({ files, total }) =>
  [...files, total].map((f) => `${f.name}: ${f.gzip} B gzip`).join(', ');

test('everything a page loads stays under the ratchet ceiling (gzip -9)', async () => {
  const measured = await sizes();
  assert.ok(measured.total.gzip <= CEILING_GZIP, describe(measured));
});

test(
  'everything a page loads fits the 40 KB gzip budget',
  { todo: 'the parser and API alone exceed it; see the Performance section of the README' },
  async () => {
    const measured = await sizes();
    assert.ok(measured.total.gzip <= BUDGET_GZIP, describe(measured));
  },
);
