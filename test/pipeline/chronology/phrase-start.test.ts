import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { phraseStart } from '../../../src/pipeline/chronology/phrase-start.ts';
import { chronicle } from './chronicle.ts';

const start = suite('phraseStart');
const from = (text: string, at: string) => {
  const offset = text.indexOf(at);
  return text.slice(phraseStart(text, offset, text.length)).trimStart();
};

start('skips the possessive ending after a date', () => {
  assert.is(from("Monday's email announcement came late.", "'s"), 'email announcement came late.');
  assert.is(from('At this year’s conference, prices fell.', '’s'), 'conference, prices fell.');
  assert.is(from("In the late 1980's Apple added audio.", "'s"), 'Apple added audio.');
});

start('skips the rest of a word a range starts inside', () => {
  assert.is(from('Mr Musk’s comments had been made.', 'sk’s'), 'comments had been made.');
});

start('keeps a range that starts on a word or a space', () => {
  assert.is(from('Monday saw the vote.', 'saw'), 'saw the vote.');
  assert.is(from('Monday saw the vote.', ' saw'), 'saw the vote.');
  assert.is(from("He said 'no' twice.", "'no'"), "'no' twice.");
});

start.run();

const events = suite('event phrases after a possessive date');
const whats = (text: string) => chronicle(text, '2010-06-08').entries.map((e) => e.what.text);

events('do not start inside the possessive', () => {
  assert.equal(whats("Shares rose. Monday's email announcement marked the third time the firm had delayed the launch."), ['email announcement marked the third time the firm had delayed the launch']);
  const conference = whats("Yesterday, at this year's Apple Worldwide Developers Conference, Steve Jobs unveiled the phone.");
  assert.ok(conference.includes('Apple Worldwide Developers Conference'));
  assert.not.ok(conference.some((what) => /^s\b/.test(what)));
});

events('keep a date without a possessive as before', () => {
  assert.equal(whats('The bridge closed on Monday after the flood.'), ['The bridge closed']);
});

events.run();
