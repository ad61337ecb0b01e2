// Plausible, culturally varied names for synthetic members. Emails are
// first.last@<domain>, with a number appended on collisions.

/** 150 first names. */
export const FIRST_NAMES: readonly string[] = (
  'Ana Ben Chloe Daniel Elena Farid Grace Hiro Isabel Jonas Kara Liam Maya Noah Olivia ' +
  'Pavel Quinn Rosa Samir Tara Uma Victor Wen Ximena Yusuf Zoe Aisha Bruno Camila ' +
  'Dmitri Emma Felix Gita Hannah Ivan Julia Kenji Leila Marco Nadia Oscar Priya Rafael ' +
  'Sofia Tomas Ursula Valentina William Yara Zain Amir Beatriz Carlos Dana Eitan Fatima ' +
  'Gabriel Helena Ibrahim Jade Kofi Lucia Mateo Nora Omar Paula Ravi Sara Theo Vera ' +
  'Arjun Bianca Chen Diego Esther Finn Greta Hassan Ingrid Javier Kwame Lena Mohammed ' +
  'Nina Olga Pedro Rina Stefan Tanvi Ugo Aaron Bella Cyrus Delia Emil Flora George Hana ' +
  'Imani Jakob Keiko Lars Mira Nikhil Oren Petra Ruben Selin Tobias Valeria Adele Bilal ' +
  'Clara Dev Erik Freya Gustavo Hugo Iris Jin Kai Lola Mei Nathan Orla Pia Reza Simone ' +
  'Tariq Wanda Alice Boris Chiara Dario Eva Fabio Gemma Hector Ines Joel Kiran Luca ' +
  'Mariam Nils Ola Quentin Rhea Sven Thandi Yuki'
).split(' ');

/** 150 last names. */
export const LAST_NAMES: readonly string[] = (
  'Silva Nguyen Okafor Schmidt Garcia Kim Rossi Haddad Tanaka Novak Johansson Patel ' +
  'Martin Kowalski Dubois Mensah Cohen Ivanova Lopez Chen Mueller Sato Andersen Bianchi ' +
  'Costa Dimitrov Eriksen Fischer Gomez Horvat Ito Jensen Khan Larsen Moreau Nakamura ' +
  'Olsen Petrov Quintero Reyes Santos Takahashi Urban Varga Wagner Xu Yilmaz Zhang ' +
  'Abara Bauer Castro Diaz Evans Ferreira Greco Hansen Iqbal Jovanovic Kaur Lindqvist ' +
  'Mazur Nowak Oliveira Pereira Rahman Suzuki Toth Umarov Vogel Walsh Yamamoto ' +
  'Zimmermann Alvarez Brennan Carvalho Duarte Ekstrom Fontaine Gupta Herrera Ishikawa ' +
  'Jaramillo Keller Lambert Medina Nielsen Ortega Park Ramos Sharma Torres Ueda Vasquez ' +
  'Weber Young Zamora Adeyemi Becker Campbell Delgado Engel Flores Gallagher Hoffmann ' +
  'Ilic Jung Kovacs Lund Marino Nair Owusu Pham Quinn Richter Singh Tran Ulrich Vidal ' +
  'Wong Zhou Afolabi Berg Choi Dahl Esposito Friedman Gallo Huang Ibarra Jain Klein Lee ' +
  'Moretti Navarro Ong Popescu Romero Sorensen Tanaka-Reed Volkov Watanabe Yang Ahmed ' +
  'Brooks Cruz Dlamini Edwards Fujita Hughes Mwangi'
).split(' ');

/** `Ana`, `Silva` → `ana.silva` (lower case; characters other than a–z, 0–9 and - removed). */
export function emailLocalPart(first: string, last: string): string {
  const clean = (s: string): string => s.toLowerCase().replace(/[^a-z0-9-]/g, '');
  return `${clean(first)}.${clean(last)}`;
}

const localParts: (string | undefined)[] = [];
/** {@link emailLocalPart} of FIRST_NAMES[first] and LAST_NAMES[last], memoised (100,000 members reuse ~20,000 pairs). */
export function localPartAt(first: number, last: number): string {
  const k = first * LAST_NAMES.length + last;
  return (localParts[k] ??= emailLocalPart(FIRST_NAMES[first]!, LAST_NAMES[last]!));
}

/** Per `taken` set: local part → the first suffix not yet known to be taken. */
const suffixHints = new WeakMap<Set<string>, Map<string, number>>();

/**
 * The first of `local@domain`, `local2@domain`, `local3@domain`, … not in `taken`, added to it.
 * Same answer as probing from the bare address every time (sets only grow, so a suffix once
 * taken stays taken), but starts from where the last probe of that local part stopped: a
 * 100,000-member roster has ~5 people per name pair.
 */
export function freshEmail(taken: Set<string>, local: string, domain: string): string {
  let hints = suffixHints.get(taken);
  if (!hints) suffixHints.set(taken, (hints = new Map()));
  let n = hints.get(local) ?? 1;
  let email = n === 1 ? `${local}@${domain}` : `${local}${n}@${domain}`;
  while (taken.has(email)) email = `${local}${++n}@${domain}`;
  hints.set(local, n);
  taken.add(email);
  return email;
}
