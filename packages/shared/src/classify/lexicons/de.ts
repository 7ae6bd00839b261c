import type { LexiconDef } from './types.js';

/**
 * German. Compounds are caught with "contains" words (`*kundig*` finds
 * Vertragskündigung, `*rechnung*` Abrechnung); umlauts and ß are folded.
 */
// biome-ignore format: lexicon tables read better packed than one word per line
export const de: LexiconDef = {
  language: 'de',
  letters: 'äöüß',
  stopwords: [
    'der', 'an', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'wir', 'sie', 'ein', 'eine', 'sehr', 'zu', 'mit', 'auf', 'für',
    'aber', 'den', 'dem', 'kein', 'keine', 'auch', 'wenn', 'ihr', 'euch', 'mein', 'meine', 'unser', 'war', 'wird',
    'werden', 'schon', 'noch', 'nur', 'oder', 'dass', 'weil', 'bei', 'vom', 'zum', 'sind', 'habe', 'haben', 'immer',
    'jetzt', 'leider', 'wieder', 'mal', 'ihre', 'es', 'man', 'ganz', 'viel', 'zur',
  ],
  negators: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinesfalls', 'keineswegs', 'ohne'],
  negatorsAfter: ['nicht', 'nie', 'niemals', 'keinesfalls', 'keineswegs'],
  conditionals: ['wenn', 'falls', 'sofern', 'solange', 'bis'],
  scopeBreakers: ['aber', 'weil', 'denn', 'sondern', 'und', 'oder', 'also', 'deshalb', 'trotzdem', 'obwohl', 'doch', 'daher'],
  leave: [
    '*kündig*', '*kuendig*',
    'stornier*', 'abbestell*', 'abmeld*', 'deinstall*',
    'wechsel*|wechsl*|gewechselt|umsteig*|umgestiegen _ zu|zur|zum|auf _ konkurren*|ander*|alternativ*',
    'wechsel*|wechsl*|gewechselt _ anbieter*|dienstleister*|bank|tool|plattform',
    '*anbieterwechsel*',
    'ander* anbieter*|lösung*|tool*|dienst*|plattform*',
    'abo|abonnement|vertrag|konto|account|mitgliedschaft _ beend*|auflös*|lösch*|schließ*',
    'beend*|lösch*|schließ* _ abo|abonnement|vertrag|konto|account|mitgliedschaft',
    'nicht mehr _ nutz*|verwend*|benutz*|kauf*|bestell*|zahl*',
    'nie wieder', 'nie mehr',
    'verlass*',
    'geld _ zurück*',
  ],
  stay: [
    'verlänger*', 'erneuer*',
    'bleib* kunde|kunden|bei|treu|dabei',
    'weiter|weiterhin _ nutz*|verwend*|benutz*|zahl*|bestell*|kunde',
  ],
  themes: {
    price: ['*preis*', 'teuer*', '*kosten*', 'kostet', 'billig*', 'günstig*', '*gebühr*', 'rabatt*', 'geld wert'],
    billing: [
      '*rechnung*', 'abgebucht', 'abbuch*', '*zahlung*', 'bezahl*', 'lastschrift', '*kreditkarte*', '*erstattung*',
      'quittung', 'berechnet', 'mahnung', 'doppelt',
    ],
    support: [
      '*support*', '*kundendienst*', '*kundenservice*', '*hotline*', 'mitarbeiter*', 'ticket*', '*antwort*',
      'geantwortet', 'erreich*', 'chat', 'beratung', 'service',
    ],
    reliability: [
      '*absturz*', '*abstürz*', 'stürzt|stürzen|stürzte _ ab', 'abgestürzt', '*fehler*', 'bug*', '*ausfall*', '*ausfälle*', 'ausgefallen',
      'funktioniert|funktionieren|geht nicht', 'kaputt', 'instabil*', 'stabil*', '*zuverlässig*', 'hängt|hängen',
      'aufgehängt', '*datenverlust*', 'down',
    ],
    performance: [
      'langsam*', '*ladezeit*', 'lädt|laden|lade', '*geschwindigkeit*', 'schnell*', 'performance', 'dauert _ ewig|lange',
      'ewig*', 'ruckel*', 'träge', 'verzöger*',
    ],
    usability: [
      'bedien*', '*bedienung*', '*benutzerfreundlich*', '*nutzerfreundlich*', 'kompliziert*', 'umständlich*',
      'unübersichtlich*', 'übersichtlich*', 'intuitiv*', 'verwirrend*', '*oberfläche*', 'design', 'menü*', 'navigation',
      'handhabung',
    ],
    features: [
      'funktion|funktionen|funktionalität', 'feature*', '*integration*', '*export*', 'schnittstelle*', 'api', 'fehlt|fehlen',
      'vermisse|vermissen', 'wunsch*', 'wünsche*', 'option*', '*bericht*', 'reporting', 'anpass*', 'dark mode', 'dunkelmodus',
    ],
    delivery: [
      '*liefer*', '*versand*', '*paket*', '*zustell*', 'sendung*', 'kurier*', 'angekommen', 'spediteur',
      'tracking', 'bestellung*',
    ],
  },
};
