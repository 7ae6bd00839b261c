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
    'du', 'er', 'euer', 'eure', 'eurer', 'eurem', 'euren', 'uns', 'mich', 'mir', 'dich', 'dir', 'sich', 'hat', 'hab', 'hast', 'habt', 'bin', 'bist', 'seid', 'nichts', 'nix', 'nö', 'nee', 'ja', 'doch', 'halt', 'eben', 'eigentlich', 'ziemlich', 'wirklich', 'einfach', 'gibt', 'gibts', 'seit', 'über', 'unter', 'durch', 'gegen', 'ohne', 'um', 'beim', 'im', 'ins', 'am', 'aus', 'nach', 'zwei', 'drei', 'jedes', 'jeden', 'jeder', 'alles', 'alle', 'weniger', 'kann', 'könnt', 'muss', 'müssen', 'soll', 'sollte', 'würde', 'wäre', 'hätte', 'naja', 'klappt', 'tut', 'sollen', 'wurde', 'worden', 'dann', 'damit', 'dafür', 'hier', 'dort', 'da', 'wo', 'warum', 'wieso', 'weshalb', 'empfehlung', 'empfehlen', 'klare', 'tolle', 'toll', 'danke', 'leute',
    'der', 'an', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'wir', 'sie', 'ein', 'eine', 'sehr', 'zu', 'mit', 'auf', 'für',
    'aber', 'den', 'dem', 'kein', 'keine', 'auch', 'wenn', 'ihr', 'euch', 'mein', 'meine', 'unser', 'war', 'wird',
    'werden', 'schon', 'noch', 'nur', 'oder', 'dass', 'weil', 'bei', 'vom', 'zum', 'sind', 'habe', 'haben', 'immer',
    'jetzt', 'leider', 'wieder', 'mal', 'ihre', 'es', 'man', 'ganz', 'viel', 'zur',
    'bitte', 'einen', 'geht', 'echt', 'voll', 'von', 'wie', 'was', 'mehr', 'gar',
  ],
  negators: [
    'nö', 'nee', 'nein', 'niemand', 'keiner', 'nirgends','nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinesfalls', 'keineswegs', 'ohne'],
  negatorsAfter: [
    'nö', 'nee','nicht', 'nie', 'niemals', 'keinesfalls', 'keineswegs'],
  conditionals: ['wenn', 'falls', 'sofern', 'solange', 'bis'],
  after: [
    'hätte', 'gedacht', 'überlegt', 'erwogen', 'beinahe', 'vorhin','nach', 'fast', 'uberlegt', 'wollte'],
  scopeBreakers: ['aber', 'weil', 'denn', 'sondern', 'und', 'oder', 'also', 'deshalb', 'trotzdem', 'obwohl', 'doch', 'daher'],
  leave: [
    'bin|sind _ ab _ raus|weg', 'ab juli|august|september|oktober|november|dezember|januar|februar|märz|april|mai|juni raus|weg', 'zum juli|august|september|oktober|november|dezember|januar|februar|märz|april|mai|juni raus|weg', 'rufnummer* _ mitgenommen|mitnehmen|portier*', 'nummer mitnehmen', 'portier*', 'hol|kauf|bestell* mir _ bei', 'ab jetzt _ bei', 'nur noch bei', 'ich geh|gehe|gehen zu|zur|zum', 'wir gehen zu|zur|zum', 'läuft|laufen _ über|bei', 'wechseln|wechsle _ die|den|das _ software|anbieter|bank|tarif|vertrag|app|tool|system|provider', 'software|anbieter|tool|bank wechseln', 'kündigungsbestätigung', 'gekündigt', 'lös|löse|lösen _ konto|vertrag _ auf', 'auflösen', 'aufgelöst', 'konto _ schließen|geschlossen|gelöscht|kündigen', 'abo _ auslaufen', 'auslaufen lassen', 'lassen|läuft _ aus', 'schaut _ uns _ um', 'schaut _ uns _ nach', 'schaut _ mich _ um', 'schaut _ mich _ nach', 'schauen _ uns _ um', 'schauen _ uns _ nach', 'schauen _ mich _ um', 'schauen _ mich _ nach', 'gucken _ uns _ um', 'gucken _ uns _ nach', 'gucken _ mich _ um', 'gucken _ mich _ nach', 'guck _ uns _ um', 'guck _ uns _ nach', 'guck _ mich _ um', 'guck _ mich _ nach', 'sehen _ uns _ um', 'sehen _ uns _ nach', 'sehen _ mich _ um', 'sehen _ mich _ nach', 'suchen _ uns _ um', 'suchen _ uns _ nach', 'suchen _ mich _ um', 'suchen _ mich _ nach', 'nach alternativen|anderen|was anderem', 'was anderes|anderem', 'sonst bin|sind _ weg|raus', 'tschüss|tschüs|tschau|ciao|servus|pfiat', 'auf nimmerwiedersehen', 'adios', 'das wars|war s|war es', 'fertig aus', 'ich bin raus', 'wir sind raus', 'raus hier', 'ich bin dann weg', 'nicht mehr lange', 'nicht mehr verlängern', 'vertragsende', 'zum vertragsende', 'zum nächstmöglichen zeitpunkt', 'nächstmöglich*', 'unterschrieben bei', 'bei der konkurrenz', 'umziehen _ zu|nach', 'umstellen auf', 'umgestellt auf', 'hetzner', 'überlegen ernsthaft', 'ernsthaft _ überlegen', 'zieh|ziehen _ um', 'vergleichsangebot*', 'angebote _ eingeholt', 'günstiger woanders', 'woanders günstiger', 'fremdgehen', 'goodbye', 'sayonara', 'letzter|letzten monat', 'mit uns _ vorbei', 'schluss mit', 'kehr* _ den rücken', 'verabschiede|verabschieden',
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
    'treu bleiben', 'dabei bleiben', 'dabeibleiben', 'weiter bestellen|kaufen|nutzen|zahlen', 'wiederkommen', 'nochmal bestellen|buchen|kaufen', 'mitgehen',
    'verlänger*', 'erneuer*',
    'bleib* kunde|kunden|bei|treu|dabei',
    'weiter|weiterhin _ nutz*|verwend*|benutz*|zahl*|bestell*|kunde',
  ],
  fine: [
    'stimmt', 'einfach zu bedienen', 'leicht zu bedienen',
    'nichts zu meckern', 'nix zu meckern', 'zu meckern', 'spitze', 'prima', 'genial', 'ganz großes kino', 'großartig', 'läuft', 'zugegeben', 'muss man sagen', 'ehrlich gesagt gut', 'kinderleicht', 'easy', 'lieb', 'total nett', 'sehr nett', 'hilfreich', 'kompetent', 'gefällt mir', 'finde ich gut', 'kann man nicht meckern', 'alles gut', 'alles super', 'alles bestens', 'bestens', 'passt alles',
    'geholfen', 'hilfsbereit', 'fix|zügig',
    'ok|okay', 'gut', 'super', 'top', 'klasse', 'fair', 'passt', 'solide', 'nett', 'freundlich', 'problemlos',
    'klappt', 'stabil', 'schnell|flott', 'unkompliziert', 'simpel', 'zuverlassig', 'keine probleme|beschwerden', 'nix|nichts zu meckern',
    'da sag ich nix', 'gefallt', 'find _ gut', 'lauft|laufen gut', 'in ordnung', 'da gibt s nix',
  ],
  solved: [
    'wurde behoben|gelöst|geklärt|erstattet|repariert', 'ist behoben|gelöst|geklärt', 'am ende', 'endlich', 'zurückbekommen', 'zurück gekommen', 'kam zurück', 'inzwischen gut', 'wieder da', 'klappt wieder', 'geht wieder', 'läuft wieder stabil',
    'erstattung _ da|kam',
    'funktioniert wieder', 'lauft wieder', 'erledigt',
    'behoben', 'gelost', 'geklart', 'erstattet', 'ist|sind weg', 'nicht mehr', 'besser geworden', 'repariert'
  ],
  wishes: ['wäre super|toll|schön|praktisch|cool|hilfreich|klasse|gut|genial', 'wäre _ super|toll|schön|praktisch|cool|hilfreich|klasse|genial', 'es wäre schön', 'hätte gern|gerne', 'würde mir wünschen', 'wünsche mir', 'ich wünsche', 'wunsch*', 'wünsche*', 'wäre nett', 'wäre klasse', 'fände ich gut'],
  damage: [
    'durchgeweicht|nass|zerrissen|ausgelaufen|eingedrückt|zerkratzt|verbeult|zermatscht','kaputt|beschadigt|zerdruckt|zerbrochen|eingedellt'],
  delays: [
    'gefühlt ewig', 'ewigkeiten', 'stunden|tage|wochen warten', 'warte|warten|gewartet seit', 'vergeht _ ewigkeit', 'dauert _ bis', 'zieht sich', 'sekunden', 'minuten lang','ewig|ewigkeit', 'dauert|dauerte|gedauert', 'gebraucht|braucht', 'tage|wochen lang'],
  themes: {
    price: [
      'wucher', 'happig', 'saftig', 'gesalzen', 'gepfeffert', 'unverschämt teuer', 'kostspielig', 'unschlagbar', 'für das geld', 'fürs geld', 'preis leistung', 'preisleistung*', 'preiswert', 'schnäppchen', 'lohnt sich nicht', 'nicht wert', 'das geld wert', 'geldverschwendung', 'zu viel geld', 'weniger geld', 'mehr geld', 'für weniger', 'mitgliedsbeitrag', 'monatsbeitrag', 'jahresbeitrag', 'pro monat|jahr|nutzer|lizenz', 'im monat', 'im jahr', 'erhöh*', 'erhöhung', 'preiserhöhung', 'aufschlag', 'zuschlag', 'gratis', 'kostenlos', 'portionen _ kleiner', 'teurer geworden', 'aufpreis', 'lizenzkosten', 'grundgebühr', 'liefergebühr', 'servicegebühr',
      'preislich', 'uberteuert',
      'budget*', 'wert', 'rechtfertigen',
      'abzocke', 'im monat dafur', 'teurer', 'angebot fur', 'kosten', 'billiger','*preis*', 'teuer*', '*kosten*', 'kostet', 'billig*', 'günstig*', '*gebühr*', 'rabatt*', 'geld wert'],
    billing: [
      'abgerechnet', 'abrechnen', '*abrechnung*', 'doppelt abgebucht', 'zweimal|dreimal abgebucht', 'abgezogen', 'eingezogen', 'einzug', 'zurückgebucht', 'rückbuchung', 'zurückgegeben', 'rückerstattung', '*erstatt*', 'mahnung*', 'inkasso', 'paypal|klarna|sofortüberweisung|giropay', 'apple pay', 'google pay', 'überweisung', 'bezahlung', 'bezahlen', 'bezahlt', 'zahlungs*', 'zahlart', 'beleg*', 'quittung*', 'kontoauszug', 'ust', 'mwst', 'mehrwertsteuer', 'steuernummer', 'falsch berechnet', 'falscher betrag', 'betrag', 'beträge', 'abbuchung*', 'gebühr zurück', 'gebühren erstatten', 'weiter abgerechnet', 'trotzdem abgebucht', 'karte abgelehnt', 'abgelehnt',
      'gutschrift', 'doppelbuchung', 'zahlungsart',
      'belast*', 'berechn*', 'einzugsermachtigung',
      '*rechnung*', 'abgebucht', 'abbuch*', '*zahlung*', 'bezahl*', 'lastschrift', '*kreditkarte*', '*erstattung*',
      'quittung', 'berechnet', 'mahnung', 'doppelt',
    ],
    support: [
      'telefon', 'ans telefon', 'hotline', 'aufgelegt', 'legt|legte auf', 'chatbot*', 'kundenberater*', 'berater*', 'beraterin', 'sachbearbeiter*', 'servicemitarbeiter*', 'mitarbeiterin', 'mitarbeiter', 'kollegin', 'kollege am', 'keiner meldet sich', 'meldet sich keiner|niemand', 'niemand meldet sich', 'rückmeldung', 'keine reaktion', 'reagiert niemand|keiner', 'eingangsbestätigung', 'mails|mail|e mail* _ geschrieben', 'geschrieben _ keine', 'antworten|antwortet|antwortete', 'beantwortet', 'unbeantwortet', 'gelotst', 'kompetent', 'inkompetent', 'ahnungslos', 'unfreundlich', 'freundlich', 'patzig', 'frech', 'skript', 'runtergelesen', 'textbausteine', 'ticket', 'anfrage*', 'beschwerde*', 'filiale', 'in der filiale', 'im laden', 'niemand informiert', 'ihr anruf ist', 'support team', 'service team', 'servicewüste', 'kundenservice', 'kundendienst',
      'ruckruf', 'am telefon',
      'meldet', 'bot', 'warteschleife', 'umgegangen', 'bescheid', 'textbaustein',
      '*support*', '*kundendienst*', '*kundenservice*', '*hotline*', 'mitarbeiter*', 'ticket*', '*antwort*',
      'geantwortet', 'erreich*', 'chat', 'beratung', 'service',
    ],
    reliability: [
      'weiß|weiss|schwarz _ bildschirm', 'bildschirm _ weiß|weiss|schwarz', 'wird weiß|weiss|schwarz', 'fliegt _ raus', 'fliege _ raus', 'rausgeworfen', 'rausgeschmissen', 'wirft _ raus', 'schmeißt _ raus', 'zurück zum login|start|startbildschirm', 'nirgends zu finden', 'verschwindet', 'gelöscht', 'futsch', 'nicht hochgeladen|gespeichert|synchronisiert', 'speichert nicht', 'lädt nicht', 'öffnet nicht', 'startet nicht', 'geht nicht mehr', 'geht gar nicht', 'funktioniert nicht', 'funzt nicht', 'klappt nicht', 'klappt _ nicht', 'klappt mal', 'mal nicht', 'streikt', 'zickt', 'hakt', 'hängt', 'hängen', 'hängt sich', 'bleibt _ hängen', 'eingefroren', 'einfriert', 'friert', 'stürzt', 'schmiert', 'crasht', 'gecrasht', 'absturz*', 'verbindung* _ weg|abgebrochen|bricht', 'bricht ab', 'abgebrochen', 'fehlermeldung*', 'fehler 500', '500', '404', 'störung*', 'gestört', 'ausfall*', 'kein netz', 'kein empfang', 'kein internet', 'funkloch', 'router fliegt', 'wlan _ weg|raus', 'internet _ weg|raus|fällt', 'fällt _ aus', 'defekt', 'buggy', 'bugs', 'bug', 'instabil', 'wackelig', 'unzuverlässig', 'zuverlässig', 'läuft stabil', 'ohne _ absturz', 'nie abgestürzt', 'meldung fehler', 'verbindungen _ nicht gibt', 'gibt es gar nicht', 'loggt _ aus', 'abgemeldet',
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
      'zäh', 'zäh wie', 'lahmt', 'lahmarsch*', 'schneckentempo', 'schnecke', 'ruckelt', 'stockt', 'laggt', 'lagt', 'verzögerung', 'wartezeit*', 'ladezeit*', 'lädt ewig', 'dauert ewig', 'sekunden', 'sekunde', 'flott', 'zügig', 'blitzschnell', 'rasend schnell', 'schnell', 'langsam', 'langsamer', 'geschwindigkeit', 'tempo', 'mbit', 'glasfaser', 'dsl', 'bandbreite', 'akku', 'überhitzt',
      'puffer*', 'sofort',
      'flussig', 'zah',
      'lahm',
      'langsam*', '*ladezeit*', 'lädt|laden|lade', '*geschwindigkeit*', 'schnell*', 'performance',
      'ruckel*', 'träge', 'verzöger*',
    ],
    usability: [
      'finde nie|nicht|nix|nichts', 'nicht zu finden', 'versteckt', 'gequetscht', 'winzig', 'klein geschrieben', 'falschen tag|knopf|button', 'erwische', 'kam nicht _ klar', 'kommt _ zurecht', 'zurechtkommen', 'klarkommen', 'nicht klar', 'durcheinander', 'chaos', 'chaotisch', 'unübersichtlich', 'übersichtlich', 'verwirrend', 'verwirrt', 'kompliziert', 'umständlich', 'aufwendig', 'mühsam', 'fummelig', 'einfach zu bedienen', 'leicht zu bedienen', 'einfacher', 'leichter', 'kinderleicht', 'selbsterklärend', 'intuitiv', 'logisch aufgebaut', 'aufgebaut', 'anleitung', 'oberfläche', 'benutzeroberfläche', 'kalenderansicht', 'layout', 'menüs', 'klicken', 'zu viele _ schritte|klicks|knöpfe|buttons|menüs', 'buttons', 'knöpfe', 'griffbereit', 'neue version', 'bedienung', 'bedienbar', 'nutzerfreundlich', 'benutzerfreundlich', 'sogar mein|meine _ opa|oma|mutter|vater|mama|papa', 'opa|oma', 'verlaufe|verlauf mich', 'verlaufen', 'verirrt', 'einrichten', 'zu kompliziert',
      'schrift', 'knopfe', 'pop ups', 'unlogisch', 'bezahlvorgang',
      'find _ nix|nichts', 'schritte',
      'rauszufinden',
      'editor', 'einrichtung', 'labyrinth', 'klicks', 'einstellungen', 'findet', 'handling', 'bedien*',
      'bedien*', '*bedienung*', '*benutzerfreundlich*', '*nutzerfreundlich*', 'kompliziert*', 'umständlich*',
      'unübersichtlich*', 'übersichtlich*', 'intuitiv*', 'verwirrend*', '*oberfläche*', 'design', 'menü*', 'navigation',
      'handhabung',
    ],
    features: [
      'bitte baut', 'bitte _ einbauen|hinzufügen|ergänzen', 'einbauen', 'hinzufügen', 'ergänzen', 'nachrüsten', 'fehlt', 'fehlen', 'fehlende', 'vermisse', 'gibt es nicht', 'gibt s nicht', 'gibts nicht', 'nicht möglich', 'geht nicht _ zu', 'kann man nicht', 'man kann nicht', 'keine möglichkeit', 'möglichkeit', 'option', 'optionen', 'sso', 'single sign on', 'widget*', 'apple watch', 'watch app', 'ipad app', 'tablet app', 'app für', 'csv', 'export', 'exportieren', 'importieren', 'import', 'e rechnung', 'erechnung', 'zugferd', 'xrechnung', 'datev schnittstelle', 'integration*', 'markieren', 'erwähnen', 'geteilte', 'gemeinsame', 'einkaufsliste', 'budget pro', 'pro kategorie', 'zeitzonen', 'zeitzone', 'kann alles', 'alles was ich brauche', 'alles dabei', 'alles drin', 'sitzplatzreservierung', 'nachträglich', 'automatisierung', 'erinnerung*', 'filter', 'filtern', 'sortieren', 'suchfunktion', 'vorlagen', 'vorlage', 'offline modus', 'mehrsprachig*', 'mandantenfähig*', 'benutzerrechte', 'rollen',
      'rechnung _ teilen', 'zahlungen planen',
      'anbindung',
      'was wir brauchen', 'wiederkehrende', 'kalender*',
      'massenbearbeitung', 'zeitleiste', 'offline*', 'tags', 'brauchbare app', 'kann nicht was', 'berichtsmodul',
      'funktion|funktionen|funktionalität', 'feature*', '*integration*', '*export*', 'schnittstelle*', 'api', 'fehlt|fehlen',
      'vermisse|vermissen', '*bericht*', 'reporting', 'anpass*', 'dark mode', 'dunkelmodus',
    ],
    delivery: [
      'kam an', 'ankam', 'kam _ später|früher|zu spät|kaputt', 'zwei tage später|früher', 'einen tag früher|später', 'tag früher da', 'früher da', 'später da', 'verpackt', 'verpackung', 'karton', 'vor die tür', 'vor der tür', 'haustür', 'nachbar*', 'briefkasten', 'paketshop', 'packstation', 'abholstation', 'dhl|dpd|hermes|gls|ups|fedex', 'deutsche post', 'post', 'zusteller', 'lieferant', 'lieferdienst', 'kurier', 'essen _ kalt|kam', 'kalt an', 'lauwarm', 'pizza _ kam|dauerte', 'anderthalb stunden', 'lieferzeit', 'versandzeit', 'zugestellt', 'zustellung', 'nicht zugestellt', 'nie angekommen', 'noch nicht da', 'nicht da', 'warte _ auf _ paket|lieferung|bestellung|kühlschrank|sofa|waschmaschine', 'sendungsverfolgung', 'sendungsnummer', 'zurück an den absender', 'absender', 'depot', 'lager', 'liefertermin', 'lieferdatum', 'falsche _ artikel|größe|farbe', 'fehlte _ artikel', 'unvollständig',
      'zoll', 'kam kalt',
      'falscher artikel', 'falsche ware',
      'ersatz', 'fahrer', 'bote', 'paketbote', 'liefern',
      '*liefer*', '*versand*', '*paket*', '*zustell*', 'sendung*', 'kurier*', 'angekommen', 'spediteur',
      'tracking', 'bestellung*',
    ],
  },
};
