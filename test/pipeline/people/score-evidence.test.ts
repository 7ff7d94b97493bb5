import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { expectNoPerson, personNamed } from './entities.ts';

// Each clue through the whole stage: a name becomes a person by how the text uses it.
const test = suite('scoreEvidence (through findEntities)');

test('a title makes a person of a single name', () => {
  const text = 'Mr Okafor left early.';
  const p = personNamed(text, 'Okafor');
  assert.equal(p.mentions.map((m) => [m.start, m.end, m.text]), [[3, 9, 'Okafor']]);
});

test('a given name and a speech verb make a person', () => {
  personNamed('Colin Bramwell said the deal was done.', 'Colin Bramwell');
});

test('an age appositive makes a person', () => {
  personNamed('Yusuf Adeyemi, 45, was arrested.', 'Yusuf Adeyemi');
});

test('"the" before a name makes it an organisation', () => {
  const text = 'Officials at the Pentagon said it was late. The Pentagon declined.';
  expectNoPerson(text, 'Pentagon');
});

test('an organisation suffix wins over a given name', () => {
  expectNoPerson('Space Exploration Technologies Corp said.', 'Space Exploration Technologies Corp');
  expectNoPerson('Ford Motor Company said sales fell.', 'Ford Motor Company');
});

test('a class noun before a name makes it an organisation', () => {
  expectNoPerson('Regional airline Skyline Air said it would buy jets.', 'Skyline Air');
});

test('a capitalised phrase with no clue is no person', () => {
  expectNoPerson('Crowds gathered at Ground Zero on Sunday.', 'Ground Zero');
});

test('a word the article writes in lower case is no given name', () => {
  expectNoPerson('The bank said so. Bank Holdings cut rates.', 'Bank Holdings');
});

test('a title across a comma makes a person of a full name, before or after it', () => {
  personNamed("Norland's prime minister, Keito Arasu, spoke on Monday.", 'Keito Arasu');
  personNamed('Wiranto Sudjadi, minister of transport for Norland, spoke.', 'Wiranto Sudjadi');
});

test('a firm beside a comma and a non-title word stays out', () => {
  expectNoPerson('Its partner, Harlow Grumwald, builds the wings.', 'Harlow Grumwald');
  expectNoPerson('The market leader, Zenith Harlow, fell.', 'Zenith Harlow');
});

test('after "in", a phrase with a role is the subject, not an appositive of the place', () => {
  expectNoPerson('Addressing a conference in Kelverton, the bank chief said growth was near.', 'Kelverton');
});

test('a role in brackets after a full name makes a person, a word that is no role does not', () => {
  personNamed('Selected: Ana Ruiz ( captain ) and others.', 'Ana Ruiz');
  expectNoPerson('Selected: Harlow Vale ( holdings ) and others.', 'Harlow Vale');
});

test('an age closing a sentence or a dash aside makes a person, a figure with decimals does not', () => {
  personNamed('The two girls -- Ada Ikenna, 18, and Binta Okoro, 19 -- were found.', 'Binta Okoro');
  personNamed('"We will stay," said the farmer, Tunde Bakare, 37.', 'Tunde Bakare');
  expectNoPerson('Shares of Harlow Vale, 12.5 percent higher, led the index.', 'Harlow Vale');
});

test.run();

const results = suite('scoreEvidence: results tables');

results('a name with its country in brackets is a person', () => {
  personNamed('3. Wale Adeyemi ( Nigeria ) 20.37', 'Wale Adeyemi');
});

results('a name with something else in brackets is not', () => {
  expectNoPerson('the Ground Zero ( site ) was closed', 'Ground Zero');
});

results.run();

const groups = suite('scoreEvidence: groups and pronouns');

groups('"Americans who" is a people, not a person', () => {
  expectNoPerson('Many Americans who voted were angry.', 'Americans');
});

groups('"Someone who" is no one in particular', () => {
  expectNoPerson('Someone who was there said so.', 'Someone');
});

groups('a surname with "who" is a person', () => {
  personNamed('Greaves, who joined the club in May, scored.', 'Greaves');
});

groups.run();
