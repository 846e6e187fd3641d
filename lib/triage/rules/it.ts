// Italian triage rules (Amazon.it, eBay.it, Etsy): buyers' everyday words; elisions split like the message
// does ("dov'è" = 'dov e', "l'ordine" = 'l ordine'). Syntax: ../language-rules.ts.
import type { LanguageRules } from '../language-rules';

export const it: LanguageRules = {
  language: 'it',
  keywords: [
    {
      category: 'dispute',
      weight: 3,
      negatable: false,
      threat: true,
      words: [
        'contestazione', 'controversia', 'disputa', 'aprire|aperto|apriro|apro un|una reclamo|contestazione|controversia|caso|pratica', 'reclamo su|con|a ebay|amazon|paypal|etsy',
        'garanzia dalla a alla z', 'a alla z', 'chargeback', 'storno dell|del addebito|pagamento', 'storno', 'avvocat*', 'vie|azioni legali', 'ufficio legale', 'denuncia*', 'denuncero', 'polizia',
        'carabinieri', 'altroconsumo', 'codacons', 'associazione consumatori', 'feedback|recensione|valutazione negativ*', 'pessima|brutta recensione|valutazione',
        'una|1 stella', 'segnalare|segnalero|segnalo|segnalarvi', 'la mia banca', 'tramite|su|con paypal|ebay|amazon', 'alla mia banca', 'carta di credito contestat*',
      ],
    },
    { category: 'dispute', weight: 2, threat: true, negatable: false, words: ['truffa*', 'truffator*', 'frode', 'ladri'] },
    {
      category: 'order',
      weight: 3,
      words: [
        'annull*', 'cancellare|cancella|cancellate l|il? ordine', 'cambiare|modificare|correggere l|il|mio? indirizzo', 'indirizzo sbagliato|errato', 'nuovo indirizzo',
        'indirizzo di consegna|spedizione', 'modificare|cambiare l|il? ordine', 'aggiungere all|al ordine', 'ordinato per errore|sbaglio',
        'prima della spedizione', 'prima di spedire', 'unire gli? ordini', 'spedire insieme', 'non ancora spedito|spedita', 'nell ordine',
      ],
    },
    { category: 'order', weight: 3, words: ['sbagliato l? indirizzo', 'bloccare|bloccate|bloccato|fermare|fermate la|l spedizione|ordine|invio'] },
    { category: 'order', weight: 3, whenNegated: true, words: ['spedire', 'spedite', 'inviare', 'inviate'] },
    { category: 'order', weight: 2, words: ['indirizzo', 'per errore', 'per sbaglio', 'aggiungere', 'modificare', 'cambiare'] },
    {
      category: 'return',
      weight: 3,
      negatable: false,
      words: [
        'rimbors*', 'reso', 'restitu*', 'rimandare|rispedire indietro', 'rispedir*', 'cambio taglia|colore|misura', 'recesso', 'etichetta di reso', 'soldi indietro',
        'troppo piccolo|piccola|grande|stretto|stretta|largo|larga|corto|corta|lungo|lunga', 'non mi sta|stanno', 'non mi piace|piacciono', 'non mi serve|servono',
        'ripensamento', 'cambiato idea',
      ],
    },
    { category: 'return', weight: 2, negatable: false, words: ['resi', 'cambio', 'soldi', 'sostituire'] },
    { category: 'return', weight: 1, negatable: false, words: ['sostituzione'] },
    {
      category: 'quality',
      weight: 3,
      words: [
        'rott*', 'danneggiat*', 'difettos*', 'guast*', 'graffiat*', 'ammaccat*', 'scucit*', 'macchiat*', 'strappat*', 'crepat*', 'incrinat*', 'rigat*', 'bucat*', 'arrugginit*',
        'articolo|prodotto|colore|taglia|modello|pezzo sbagliat*|errat*', 'sbagliato', 'sbagliata', 'manca', 'mancano', 'mancant*', 'incomplet*', 'non corrisponde|corrispondono',
        'diverso|diversa dalla|dalle foto|descrizione|immagine|immagini', 'non conforme', 'non come descritto', 'pessima|scarsa qualita', 'contraffatt*', 'falso', 'perde acqua', 'diverso|diversa da quello|quella', 'scheggiat*', 'puzza', 'odore', 'traballa*', 'sfilacciat*', 'scollat*',
      ],
    },
    { category: 'quality', weight: 3, whenNegated: true, words: ['funziona', 'funzionano', 'funzionante', 'accende', 'carica', 'parte', 'si accende', 'si carica'] },
    { category: 'quality', weight: 1, words: ['qualita', 'diverso', 'pezzi', 'graffi*', 'macchi*'] },
    {
      category: 'shipping',
      weight: 3,
      words: [
        'dov e il|la? mio|mia? pacco|ordine|spedizione|merce|pacchetto', 'dove si trova il|la? mio|mia? pacco|ordine|spedizione|merce|pacchetto', 'dov e finito|finita', 'dove e finito|finita', 'tracciamento', 'codice|numero di tracciamento|tracking|spedizione',
        'tracking', 'dogana', 'quando arriva|arrivera|arriveranno|spedite|spedirete|spedisci|partira', 'quando verra|sara spedito|spedita|consegnato|consegnata', 'ancora in attesa', 'aspetto da', 'risulta consegnato|consegnata',
        'nessuna notizia', 'pacco perso|smarrito',
      ],
    },
    { category: 'shipping', weight: 3, whenNegated: true, words: ['arrivato', 'arrivata', 'arrivati', 'arriva', 'ricevuto', 'ricevuta', 'consegnato', 'consegnata', 'pervenuto', 'spedito', 'spedita'] },
    { category: 'shipping', weight: 2, words: ['corriere', 'poste', 'bartolini', 'brt', 'sda', 'gls', 'dhl', 'ups', 'ritard*', 'smarrit*', 'fermo', 'ferma', 'giacenza', 'spedizione', 'consegna', 'spedito', 'spedita'] },
    { category: 'shipping', weight: 1.5, words: ['pacco', 'quando'] },
    {
      category: 'product',
      weight: 3,
      words: [
        'disponibil*', 'in magazzino', 'compatibil*', 'che|quale taglia|misura', 'guida alle taglie', 'misure', 'dimensioni', 'di che|quale materiale', 'quanto misura|pesa',
        'prima di acquistare|ordinare|comprare', 'spedite|spedisci in|a|verso', 'avete la|il|lo|questo|questa|ancora', 'veste|vestono grande|piccolo|piccola|largo|larga|stretto|stretta|regolare', 'e disponibile', 'ce l avete',
      ],
    },
    { category: 'product', weight: 2, words: ['materiale', 'scorte', 'avete', 'incluso', 'inclusa', 'personalizza*', 'incisione', 'impermeabile'] },
    { category: 'product', weight: 1, words: ['taglia', 'colore', 'modello', 'misura'] },
    { category: 'other', weight: 3, words: ['fattura', 'partita iva', 'p iva', 'ingrosso', 'pagato due volte', 'addebitato due volte'] },
    { category: 'other', weight: 2, words: ['ricevuta fiscale', 'scont*', 'codice sconto', 'coupon', 'account', 'domanda', 'acquisti multipli'] },
  ],
  urgent: ['urgent*', 'urgenza', 'subito', 'immediatamente', 'al piu presto', 'il prima possibile', 'quanto prima', 'prima possibile', 'asap', 'con urgenza', 'tempestivamente'],
  calm: ['nessuna fretta', 'senza fretta', 'non c e fretta', 'con calma', 'fate con comodo', 'quando potete', 'quando avete tempo', 'non corre'],
  negators: ['non', 'mai', 'nessun', 'nessuna', 'nessuno', 'niente', 'nulla', 'senza', 'ne'],
  negationFillers: ['mi', 'ti', 'si', 'ci', 'vi', 'lo', 'la', 'le', 'gli', 'e', 'sono', 'era', 'ancora', 'piu', 'molto', 'proprio', 'affatto', 'il', 'un', 'una', 'mio', 'mia', 'ho', 'ha', 'hanno', 'abbiamo', 'stato', 'stata', 'stati', 'mai', 'per', 'niente', 'bene', 'correttamente'],
  repeated: ['terza|quarta|quinta volta', 'piu|diverse|varie|molte|tante|tre|3 volte', 'tanti|molti|diversi messaggi', 'ripetutamente', 'ancora nessuna risposta', 'nessuno risponde'],
  thanks: ['grazie*', 'grazie mille', 'vi ringrazio', 'ti ringrazio', 'ringrazio'],
  confirmations: ['ricevuto', 'ricevuta', 'arrivato', 'arrivata', 'tutto ok|bene|perfetto', 'tutto a posto', 'perfetto', 'ok', 'va bene', 'd accordo', 'capito', 'ricevuto tutto'],
  questionWords: ['dove', 'dov', 'quando', 'come', 'perche', 'quale', 'quali', 'quanto', 'quanti', 'che cosa', 'cosa', 'chi', 'potete', 'puo', 'posso', 'avete', 'c e', 'e possibile', 'mi potete', 'mi puo'],
  positive: ['spedizione|consegna veloce|rapida|velocissima|rapidissima', 'perfett*', 'bellissim*', 'ottim*', 'fantastic*', 'stupend*', 'meraviglios*', 'contento', 'contenta', 'soddisfatt*', 'adoro', 'consiglio', 'complimenti', 'felice', 'splendid*'],
  negative: ['delus*', 'delusione', 'inaccettabile', 'vergogna', 'pessim*', 'schifo', 'arrabbiat*', 'assurdo', 'peggio', 'peggiore', 'scandalos*', 'indecente', 'vergognoso'],
  quoteHeaders: ['ha scritto:'],
  quoteSeparators: ['messaggio originale', 'messaggio inoltrato'],
  common: ['il', 'la', 'e', 'di', 'che', 'non', 'per', 'un', 'una', 'mi', 'ho', 'sono', 'mio', 'mia', 'con', 'del', 'della', 'buongiorno', 'salve', 'ciao', 'grazie', 'vorrei', 'potete', 'ancora', 'gli', 'lo', 'ma', 'se', 'ordine', 'pacco', 'buonasera', 'cordiali', 'saluti', 'vi', 'sto', 'gentilmente'],
};
