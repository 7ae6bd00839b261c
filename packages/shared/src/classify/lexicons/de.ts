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
    'bitte', 'einen', 'geht', 'echt', 'voll', 'von', 'wie', 'was', 'mehr', 'gar',
  ],
  negators: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinesfalls', 'keineswegs', 'ohne'],
  negatorsAfter: ['nicht', 'nie', 'niemals', 'keinesfalls', 'keineswegs'],
  conditionals: ['wenn', 'falls', 'sofern', 'solange', 'bis'],
  after: ['nach', 'fast', 'uberlegt', 'wollte'],
  scopeBreakers: ['aber', 'weil', 'denn', 'sondern', 'und', 'oder', 'also', 'deshalb', 'trotzdem', 'obwohl', 'doch', 'daher'],
  leave: [
    'kunde gewesen', 'packen _ sachen', 'sachen packen',
    'steig* _ um', 'steigen _ auf', 'umgezogen', 'rubergezogen', 'exportiert', 'sehen|schauen uns _ um|nach', 'das war s', 'schluss', 'machen _ dicht', 'zum letzten mal', 'ciao|adieu|tschau|bye', 'den rucken', 'konto _ eroffnet', 'ohne mich|uns', 'verabschied*',
    'sind|bin wir|ich _ weg|raus', 'sind wir weg', 'bin ich weg|raus', 'ziehen um', 'ziehen _ um', 'wechseln|wechsle|wechsel|gehen|migrieren zu|zur|zum',
    'wir wechseln', 'anbieter', 'andere*|anderen|anderes _ tool*|anbieter*|bank|shop|crm|system|losung|plattform*|konto|app',
    'was anderes', 'uns um', 'umgeschaut', 'alternative*', 'konkurrenz', 'mitbewerber*', 'testphase', 'evaluier*', 'pilotprojekt',
    'was es sonst', 'grund _ bleiben|gehen', 'warum sollte ich bleiben', 'uberzeugt mich', 'letzte|letzter|letztes zahlung|monat|chance|warnung',
    'tschuss', 'danke fur nichts', 'uns los', 'blockier*', 'app geloscht', 'auf der kippe', 'in frage', 'unentschlossen',
    'nicht sicher _ verlang*', 'nicht ob _ verlang*', 'uberlegen _ ob', 'eher nicht', 'dagegen', 'seh _ nicht weitermachen',
    'ab jetzt', 'zuruck zu', 'nehmen jetzt', 'schalten _ ab', 'runter', 'mitteilung', 'es reicht', 'mir reicht s', 'aus die maus',
    'nie wieder', 'horen auf', 'nicht mehr dabei', 'sonderkundigung*', 'rufnummernmitnahme', 'fur mich durch', 'mach ich zu',
    'nutze _ nicht mehr', 'woanders',
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
  fine: [
    'geholfen', 'hilfsbereit', 'fix|zügig',
    'ok|okay', 'gut', 'super', 'top', 'klasse', 'fair', 'passt', 'solide', 'nett', 'freundlich', 'problemlos',
    'klappt', 'stabil', 'schnell|flott', 'einfach', 'zuverlassig', 'keine probleme|beschwerden', 'nix|nichts zu meckern',
    'da sag ich nix', 'gefallt', 'find _ gut', 'lauft|laufen gut', 'in ordnung', 'da gibt s nix',
  ],
  solved: [
    'funktioniert wieder', 'lauft wieder', 'erledigt',
    'behoben', 'gelost', 'geklart', 'erstattet', 'ist|sind weg', 'nicht mehr', 'besser geworden', 'repariert'
  ],
  damage: ['kaputt|beschadigt|zerdruckt|zerbrochen|eingedellt'],
  delays: ['ewig|ewigkeit', 'dauert|dauerte|gedauert', 'gebraucht|braucht', 'tage|wochen lang'],
  themes: {
    price: [
      'preislich', 'uberteuert',
      'budget*', 'wert', 'rechtfertigen',
      'abzocke', 'im monat dafur', 'teurer', 'angebot fur', 'kosten', 'billiger','*preis*', 'teuer*', '*kosten*', 'kostet', 'billig*', 'günstig*', '*gebühr*', 'rabatt*', 'geld wert'],
    billing: [
      'gutschrift', 'doppelbuchung', 'zahlungsart',
      'belast*', 'berechn*', 'einzugsermachtigung',
      '*rechnung*', 'abgebucht', 'abbuch*', '*zahlung*', 'bezahl*', 'lastschrift', '*kreditkarte*', '*erstattung*',
      'quittung', 'berechnet', 'mahnung', 'doppelt',
    ],
    support: [
      'ruckruf', 'am telefon',
      'meldet', 'bot', 'warteschleife', 'umgegangen', 'bescheid', 'textbaustein',
      '*support*', '*kundendienst*', '*kundenservice*', '*hotline*', 'mitarbeiter*', 'ticket*', '*antwort*',
      'geantwortet', 'erreich*', 'chat', 'beratung', 'service',
    ],
    reliability: [
      'scheitert', 'offline', 'gehen _ nicht mehr',
      'schmiert _ ab', 'abschmieren', 'geht _ zu', 'ausgeloggt',
      'schmiert _ ab', 'hangt sich auf', 'friert ein', 'schliesst sich', 'bleibt hangen', 'bildschirm _ schwarz|weiss', 'schwarzer|weisser bildschirm', 'reagiert nicht', 'spinnt', 'verschwunden', 'fliegt|fliege raus', 'wirft mich raus',
      'friert _ ein', 'verlieren _ daten', 'fallt _ aus',
      'geht _ aus', 'von alleine|selbst', 'schwarz', 'abwurgen', 'abgeschmiert|abschmiert', 'rausgeflogen|fliege', 'leer', 'gar nicht erst auf', 'startet _ neu', 'gestorben', 'gibt _ auf', 'verbuggt', 'schlagt _ fehl', 'funktioniert _ nie', 'weg', 'down', 'lauft wenigstens', 'sturzt',
      '*absturz*', '*abstürz*', 'stürzt|stürzen|stürzte _ ab', 'abgestürzt', '*fehler*', 'bug*', '*ausfall*', '*ausfälle*', 'ausgefallen',
      'funktioniert|funktionieren|geht nicht', 'instabil*', 'stabil*', '*zuverlässig*', 'hängt|hängen',
      'aufgehängt', '*datenverlust*', 'down',
    ],
    performance: [
      'puffer*', 'sofort',
      'flussig', 'zah',
      'lahm',
      'langsam*', '*ladezeit*', 'lädt|laden|lade', '*geschwindigkeit*', 'schnell*', 'performance',
      'ruckel*', 'träge', 'verzöger*',
    ],
    usability: [
      'schrift', 'knopfe', 'pop ups', 'unlogisch', 'bezahlvorgang',
      'find _ nix|nichts', 'schritte',
      'rauszufinden',
      'editor', 'einrichtung', 'labyrinth', 'klicks', 'einstellungen', 'findet', 'handling', 'bedien*',
      'bedien*', '*bedienung*', '*benutzerfreundlich*', '*nutzerfreundlich*', 'kompliziert*', 'umständlich*',
      'unübersichtlich*', 'übersichtlich*', 'intuitiv*', 'verwirrend*', '*oberfläche*', 'design', 'menü*', 'navigation',
      'handhabung',
    ],
    features: [
      'rechnung _ teilen', 'zahlungen planen',
      'anbindung',
      'was wir brauchen', 'wiederkehrende', 'kalender*',
      'massenbearbeitung', 'zeitleiste', 'offline*', 'tags', 'brauchbare app', 'kann nicht was', 'berichtsmodul',
      'funktion|funktionen|funktionalität', 'feature*', '*integration*', '*export*', 'schnittstelle*', 'api', 'fehlt|fehlen',
      'vermisse|vermissen', 'wunsch*', 'wünsche*', '*bericht*', 'reporting', 'anpass*', 'dark mode', 'dunkelmodus',
    ],
    delivery: [
      'zoll', 'kam kalt',
      'falscher artikel', 'falsche ware',
      'ersatz', 'fahrer', 'bote', 'paketbote', 'liefern',
      '*liefer*', '*versand*', '*paket*', '*zustell*', 'sendung*', 'kurier*', 'angekommen', 'spediteur',
      'tracking', 'bestellung*',
    ],
  },
};
