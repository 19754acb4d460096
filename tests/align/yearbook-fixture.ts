// A German–French parallel "club yearbook" of our own making, standing in for the Text+Berg
// development set (whose licence forbids copying it in): the same kind of text (mountaineering
// prose, few numbers, no language profile for either side) and the same phenomena the aligner must
// survive there: 1-2 and 2-1 beads where a translator split or joined sentences, and runs of
// sentences that exist on one side only. Every clause pair below was written for this project.
import type { Bead } from '../../src/index.js';

interface ClausePair {
  readonly de: string;
  readonly fr: string;
}

/** Slots filled per use so that repeated clauses still differ: {peak}, {place}, {metres}, {year}. */
const clauses: readonly ClausePair[] = [
  { de: 'Die Hütte liegt auf {metres} Metern über dem Gletscher', fr: 'La cabane se trouve à {metres} mètres au-dessus du glacier' },
  { de: 'Im Sommer {year} wurde der Weg von {place} her neu markiert', fr: "En été {year}, le sentier depuis {place} a été balisé à nouveau" },
  { de: 'Der Hüttenwart empfängt die Gäste mit heissem Tee', fr: 'Le gardien accueille les hôtes avec du thé chaud' },
  { de: 'Der Aufstieg zum {peak} dauert bei gutem Wetter sechs Stunden', fr: "La montée au {peak} dure six heures par beau temps" },
  { de: 'Oberhalb des Bergschrunds wird das Eis steil und hart', fr: 'Au-dessus de la rimaye, la glace devient raide et dure' },
  { de: 'Die Seilschaft verliess die Hütte lange vor Tagesanbruch', fr: "La cordée a quitté la cabane bien avant l'aube" },
  { de: 'Ein plötzlicher Wettersturz zwang die Gruppe zur Umkehr', fr: 'Une brusque dégradation du temps a obligé le groupe à faire demi-tour' },
  { de: 'Der Verein zählt heute {metres} Mitglieder in allen Sektionen', fr: "Le club compte aujourd'hui {metres} membres dans toutes ses sections" },
  { de: 'Die Erstbesteigung des Westgrats gelang im Jahr {year}', fr: "La première ascension de l'arête ouest a réussi en {year}" },
  { de: 'Viele Führer aus {place} kannten die Route seit ihrer Jugend', fr: 'Beaucoup de guides de {place} connaissaient la voie depuis leur jeunesse' },
  { de: 'Der Schnee war weich, und jeder Schritt kostete Kraft', fr: 'La neige était molle et chaque pas coûtait des forces' },
  { de: 'Auf dem Gipfel bot sich eine weite Sicht bis zu den Seen', fr: "Du sommet, la vue s'étendait loin jusqu'aux lacs" },
  { de: 'Die neue Karte zeigt die Gletscher in ihrem heutigen Zustand', fr: 'La nouvelle carte montre les glaciers dans leur état actuel' },
  { de: 'Seit Jahren schwindet das Eis am Fuss der Nordwand', fr: "Depuis des années, la glace recule au pied de la face nord" },
  { de: 'Die Sektion {place} lud zur Jahresversammlung in den Gemeindesaal', fr: "La section de {place} a convié l'assemblée annuelle à la salle communale" },
  { de: 'Der Präsident dankte allen Helfern für ihre Arbeit', fr: 'Le président a remercié tous les bénévoles de leur travail' },
  { de: 'Die Rechnung schliesst mit einem kleinen Überschuss ab', fr: 'Les comptes bouclent sur un léger excédent' },
  { de: 'Nach dem Abstieg rasteten wir an einem klaren Bach', fr: 'Après la descente, nous nous sommes reposés au bord d’un ruisseau limpide' },
  { de: 'Die Träger brachten Holz und Vorräte für den ganzen Winter', fr: "Les porteurs ont monté du bois et des provisions pour tout l'hiver" },
  { de: 'Im Frühling drohen am Hang oberhalb der Alp Lawinen', fr: "Au printemps, des avalanches menacent la pente au-dessus de l'alpage" },
  { de: 'Die Rettungsmannschaft fand die Vermissten erst am zweiten Tag', fr: "L'équipe de secours n'a retrouvé les disparus que le deuxième jour" },
  { de: 'Der {peak} gilt unter Kennern als schönster Aussichtsberg der Gegend', fr: 'Pour les connaisseurs, le {peak} est le plus beau belvédère de la région' },
  { de: 'Ein schmales Band führt quer durch die Felswand', fr: 'Une vire étroite traverse la paroi rocheuse' },
  { de: 'Wir seilten uns an der Kante zweimal ab', fr: "Nous sommes descendus deux fois en rappel sur l'arête" },
  { de: 'Das Biwak unter dem Überhang war kalt, aber trocken', fr: 'Le bivouac sous le surplomb était froid mais sec' },
  { de: 'Die Bahn von {place} erleichtert den Zugang zum Tal erheblich', fr: "Le train de {place} facilite beaucoup l'accès à la vallée" },
  { de: 'Unser Bericht stützt sich auf die Tagebücher der Teilnehmer', fr: 'Notre récit se fonde sur les carnets des participants' },
  { de: 'Mehrere Gipfel wurden in diesem Jahr zum ersten Mal im Winter bestiegen', fr: "Plusieurs sommets ont été gravis pour la première fois en hiver cette année" },
  { de: 'Der Gletscherbach schwillt am Nachmittag gefährlich an', fr: "L'après-midi, le torrent glaciaire grossit dangereusement" },
  { de: 'Von der Scharte aus erreicht man den Gipfel in einer Stunde', fr: "Depuis la brèche, on atteint le sommet en une heure" },
  { de: 'Die Messungen ergaben eine Höhe von {metres} Metern', fr: 'Les mesures ont donné une altitude de {metres} mètres' },
  { de: 'Die alte Hütte wurde abgebrochen und durch einen Neubau ersetzt', fr: "L'ancienne cabane a été démolie et remplacée par un nouveau bâtiment" },
  { de: 'Der Weg ist gut markiert und auch für Familien geeignet', fr: 'Le chemin est bien balisé et convient aussi aux familles' },
  { de: 'Am Abend zogen Wolken vom Süden herauf', fr: 'Le soir, des nuages sont montés du sud' },
  { de: 'Die Jugendgruppe verbrachte eine Woche im Kletterlager', fr: "Le groupe des jeunes a passé une semaine au camp d'escalade" },
  { de: 'Der Verfasser bittet die Leser um Hinweise auf Fehler', fr: "L'auteur prie les lecteurs de lui signaler les erreurs" },
];

const peaks = [
  { de: 'Matterhorn', fr: 'Cervin' },
  { de: 'Weisshorn', fr: 'Weisshorn' },
  { de: 'Finsteraarhorn', fr: 'Finsteraarhorn' },
  { de: 'Piz Bernina', fr: 'Piz Bernina' },
  { de: 'Dom', fr: 'Dom' },
];
const places = ['Zermatt', 'Grindelwald', 'Saas-Fee', 'Arolla', 'Pontresina', 'Kandersteg'];

/** A seeded generator, so every run builds the same text. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** One clause pair with its slots filled the same way on both sides. */
function fillClause(pair: ClausePair, random: () => number): ClausePair {
  const peak = pick(peaks, random);
  const place = pick(places, random);
  const metres = String(1200 + Math.floor(random() * 3400));
  const year = String(1890 + Math.floor(random() * 70));
  const fill = (text: string, peakName: string) =>
    text.replaceAll('{peak}', peakName).replaceAll('{place}', place).replaceAll('{metres}', metres).replaceAll('{year}', year);
  return { de: fill(pair.de, peak.de), fr: fill(pair.fr, peak.fr) };
}

export interface ParallelText {
  readonly de: string[];
  readonly fr: string[];
  /** Gold beads, 0-1 and 1-0 beads included, as in the Text+Berg gold files. */
  readonly gold: Bead[];
}

export interface ParallelTextOptions {
  readonly seed: number;
  /** How many beads (of any shape) to write. */
  readonly beads: number;
  /** Which clauses to draw from (default: all); two disjoint ranges give two unrelated texts. */
  readonly clauseRange?: readonly [start: number, end: number];
}

/**
 * A parallel de–fr text: mostly 1-1 sentences, some 1-2 / 2-1 (a translator splitting or joining
 * sentences at a semicolon) and runs of one to four sentences that only one side has.
 */
export function parallelYearbook({ seed, beads, clauseRange = [0, clauses.length] }: ParallelTextOptions): ParallelText {
  const random = seededRandom(seed);
  const pool = clauses.slice(...clauseRange);
  const clause = () => fillClause(pick(pool, random), random);
  const de: string[] = [];
  const fr: string[] = [];
  const gold: Bead[] = [];
  const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);
  while (gold.length < beads) {
    const shape = random();
    if (shape < 0.72) {
      const one = clause();
      gold.push([[de.length], [fr.length]]);
      de.push(`${one.de}.`);
      fr.push(`${one.fr}.`);
    } else if (shape < 0.82) {
      const [first, second] = [clause(), clause()];
      gold.push([[de.length], range(fr.length, 2)]);
      de.push(`${first.de}; ${second.de}.`);
      fr.push(`${first.fr}.`, `${second.fr}.`);
    } else if (shape < 0.92) {
      const [first, second] = [clause(), clause()];
      gold.push([range(de.length, 2), [fr.length]]);
      de.push(`${first.de}.`, `${second.de}.`);
      fr.push(`${first.fr}; ${second.fr}.`);
    } else {
      // A passage that only one side carries, one sentence per bead as the gold files write it.
      const frenchOnly = random() < 0.6;
      const run = 1 + Math.floor(random() * 4);
      for (let k = 0; k < run; k++) {
        const one = clause();
        if (frenchOnly) {
          gold.push([[], [fr.length]]);
          fr.push(`${one.fr}.`);
        } else {
          gold.push([[de.length], []]);
          de.push(`${one.de}.`);
        }
      }
    }
  }
  return { de, fr, gold };
}

/** How many clause pairs there are, for callers that split them into unrelated halves. */
export const yearbookClauseCount = clauses.length;
