// One German enumeration that the French cuts at every semicolon, so the segmenter makes each clause a
// sentence of its own: a 1-5 bead in a translation (Nanga Parbat research, in the style of the yearbooks).
export const enumerationDe = [
  'Seit 1950 haben mehrere Forscher das Gebiet um den Nanga Parbat besucht .',
  '1951 kartierte Erwin Schneider die Gletscher , 1952 Augustin Lombard die Geologie , 1953 Albert Zimmermann die Flora , 1954 Helmut Heuberger die Täler und 1955 Fritz Müller das Klima des ganzen Massivs .',
  'Ihre Berichte erscheinen demnächst gesammelt in einem Band .',
];

export const enumerationFr = [
  'Depuis 1950 , plusieurs chercheurs ont visité la région du Nanga Parbat :',
  '1951 , Erwin Schneider pour la cartographie des glaciers ;',
  '1952 , Augustin Lombard pour la géologie ;',
  '1953 , Albert Zimmermann pour la flore ;',
  '1954 , Helmut Heuberger pour les vallées ;',
  '1955 , Fritz Müller pour le climat de tout le massif .',
  'Leurs rapports paraîtront bientôt réunis en un volume .',
];
