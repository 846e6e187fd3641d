// Spanish triage rules (Amazon.es, eBay.es, Etsy; Spain and Latin America): buyers' everyday words, written
// without accents after folding, plus common chat shorthand ('dnd', 'xq'). Syntax: ../language-rules.ts.
import type { LanguageRules } from '../language-rules';

export const es: LanguageRules = {
  language: 'es',
  keywords: [
    {
      category: 'dispute',
      weight: 3,
      negatable: false,
      threat: true,
      words: [
        'disputa', 'abrir|abierto|abrire|abro un|una caso|disputa|reclamacion|reclamo', 'reclamacion de|a la? garantia', 'garantia de la a a la z', 'a a la z',
        'contracargo', 'denunci*', 'abogado*', 'policia', 'oficina del consumidor', 'organizacion de consumidores', 'facua', 'ocu',
        'valoracion|opinion|resena|calificacion|comentario negativa|negativo', 'mala|malas valoracion|resena|opinion|calificacion', 'una|1 estrella',
        'anule|anular|anulen|cancele|cancelar|retroceda el cargo|cobro', 'reclamar a|ante amazon|ebay|etsy|paypal', 'a traves de paypal|amazon|ebay', 'mi banco',
      ],
    },
    { category: 'dispute', weight: 2, threat: true, negatable: false, words: ['estafa*', 'fraude', 'timo', 'ladron*'] },
    {
      category: 'order',
      weight: 3,
      words: [
        'cancel*', 'anul*', 'cambiar|modificar|corregir la|mi direccion', 'direccion equivocada|incorrecta|erronea', 'nueva direccion', 'direccion de envio|entrega',
        'modificar|cambiar el|mi pedido', 'anadir|agregar al|a mi pedido', 'anadir|agregar otro|otra|un|una', 'pedido por error', 'pedi por error',
        'antes de enviarlo|enviarla|enviarlos|enviar', 'antes del envio', 'juntar los? pedidos', 'me equivoque de|al',
      ],
    },
    { category: 'order', weight: 3, whenNegated: true, words: ['envien', 'envie', 'envies', 'enviar', 'enviarlo', 'manden', 'mande'] },
    { category: 'order', weight: 2, words: ['cambiar la|el talla|color|tamano|modelo', 'direccion', 'por error', 'me equivoque', 'anadir', 'agregar', 'modificar'] },
    {
      category: 'return',
      weight: 3,
      negatable: false,
      words: [
        'reembols*', 'devol*', 'devolver*', 'devuelv*', 'devuelto el dinero|importe', 'mi dinero', 'cambio de talla|color|tamano', 'cambiarlo|cambiarla|cambiarlos por',
        'me queda|quedan pequeno|pequena|pequenos|pequenas|grande|grandes|chico|chica|chicos|corto|largo|justo|ajustado', 'desistimiento', 'etiqueta de devolucion',
        'ya no lo|la|los necesito|quiero', 'no me gusta|gustan', 'arrepentid*', 'abono',
      ],
    },
    { category: 'return', weight: 2, negatable: false, words: ['cambiarlo', 'cambiarla', 'dinero', 'talla mas grande|pequena'] },
    { category: 'return', weight: 1, negatable: false, words: ['reposicion', 'sustitucion'] },
    {
      category: 'quality',
      weight: 3,
      words: [
        'roto', 'rota', 'rotos', 'rotas', 'danad*', 'defectuos*', 'averiad*', 'estropead*', 'rayad*', 'golpead*', 'abollad*', 'rajad*', 'agrietad*', 'quebrad*',
        'articulo|producto|modelo|color|talla equivocad*|incorrect*|erroneo', 'no es el|lo que pedi', 'equivocado', 'equivocada',
        'faltan', 'falta una|un|el|la|pieza|piezas', 'incompleto', 'no coincide', 'no corresponde', 'diferente|distinto|distinta a|de la foto|fotos|descripcion|imagen',
        'no es como en la foto|descripcion', 'mala calidad', 'calidad pesima', 'falso', 'falsificad*', 'manchad*', 'mancha', 'descosid*', 'oxidad*', 'no sirve', 'aplastad*', 'en vez de', 'en lugar de', 'despegad*', 'huele', 'olor', 'cojea', 
      ],
    },
    { category: 'quality', weight: 3, whenNegated: true, words: ['funciona', 'funcionan', 'funciono', 'enciende', 'carga', 'prende', 'arranca', 'conecta'] },
    { category: 'quality', weight: 1, words: ['calidad', 'piezas', 'diferente', 'distinto'] },
    {
      category: 'shipping',
      weight: 3,
      words: [
        'donde|dnd esta|estan mi|mis|el? pedido|pedidos|paquete|envio|compra|producto', 'donde esta', 'seguimiento', 'numero de seguimiento|envio', 'tracking',
        'aduana*', 'cuando llega|llegara|llegaran|llegan|recibire|enviaran|envian|sale|saldra', 'cuando me llega|llegara', 
        'sigo esperando', 'llevo un|una|dos|tres|varios|varias|mucho|muchos mes|meses|semana|semanas|dia|dias|tiempo esperando', 'llevo esperando', 'pone|dice|figura|aparece entregado|entregada', 'marcado como entregado', 'paquete perdido',
      ],
    },
    { category: 'shipping', weight: 3, whenNegated: true, words: ['llegado', 'llego', 'llega', 'recibido', 'recibi', 'entregado', 'entregada'] },
    { category: 'shipping', weight: 2, words: ['por donde va|anda', 'repartidor', 'retenido', 'retras*', 'demora*', 'correos', 'seur', 'mrw', 'dhl', 'ups', 'gls', 'nacex', 'transportista', 'mensajero', 'perdido', 'esperando', 'envio', 'enviado'] },
    { category: 'shipping', weight: 1.5, words: ['paquete', 'cuando', 'entrega'] },
    {
      category: 'product',
      weight: 3,
      words: [
        'en stock', 'hay stock', 'tienen stock', 'compatible*', 'que talla', 'guia de tallas', 'cuanto mide|miden|pesa|pesan', 'medidas', 'dimensiones', 'de que material', 'de que esta hecho|hecha',
        'antes de comprar|pedir|comprarlo|pedirlo', 'antes de hacer el pedido', 'envian|envias|hacen envios a', 'tienen|teneis|tienes esta|este|estos|estas|el|la', 'lo tienen|tienes en', 'disponible en',
        'queda|quedan en|disponible',
      ],
    },
    { category: 'product', weight: 2, words: ['sirve|vale|funciona para|con', 'disponible*', 'disponibilidad', 'material', 'stock', 'incluye', 'viene con', 'personaliz*', 'grabado', 'impermeable'] },
    { category: 'other', weight: 1, words: ['cuenta'] },
    { category: 'product', weight: 1, words: ['talla', 'color', 'modelo', 'tamano'] },
    { category: 'other', weight: 3, words: ['factura', 'iva', 'al por mayor', 'mayorista', 'pague dos veces', 'cobrado dos veces'] },
    { category: 'other', weight: 2, words: ['descuento*', 'cupon', 'codigo promocional', 'por volumen', 'pregunta', 'contrasena'] },
  ],
  urgent: ['urgente*', 'urgencia', 'inmediatamente', 'de inmediato', 'cuanto antes', 'lo antes posible', 'lo mas pronto posible', 'ya mismo', 'enseguida', 'asap', 'con urgencia', 'rapido por favor'],
  calm: ['sin prisa', 'sin prisas', 'no hay prisa', 'no corre prisa', 'con calma', 'tranquilo', 'tranquila', 'cuando puedan', 'cuando pueda', 'cuando tengan tiempo', 'no es urgente'],
  negators: ['no', 'nunca', 'jamas', 'ni', 'sin', 'nada', 'ningun', 'ninguna', 'ninguno', 'tampoco'],
  negationFillers: ['me', 'te', 'se', 'le', 'lo', 'la', 'les', 'nos', 'ha', 'han', 'he', 'hemos', 'has', 'es', 'esta', 'son', 'era', 'muy', 'tan', 'todavia', 'aun', 'mi', 'el', 'un', 'una', 'ya', 'bien', 'siquiera', 'necesito', 'quiero', 'correctamente'],
  repeated: ['tercera|cuarta|quinta vez', 'varias|muchas|tres|3 veces', 'varios|muchos mensajes|correos', 'una y otra vez', 'ya les|te he? escribi|escrito', 'sigo sin respuesta', 'nadie responde|contesta'],
  thanks: ['gracias', 'muchas gracias', 'mil gracias', 'se lo agradezco', 'agradecid*', 'graciass'],
  confirmations: ['recibido', 'recibida', 'ha llegado', 'llego bien', 'todo bien|perfecto|correcto|ok', 'vale', 'ok', 'de acuerdo', 'entendido', 'perfecto', 'genial'],
  questionWords: ['donde', 'dnd', 'cuando', 'como', 'que', 'cual', 'cuales', 'cuanto', 'cuanta', 'cuantos', 'por que', 'quien', 'pueden|puede|podrian|podria|puedo', 'tienen|tiene|teneis|tienes', 'hay', 'es posible', 'se puede', 'me pueden|puede|podrian'],
  positive: ['envio|entrega rapido|rapida|rapidisimo', 'perfecto', 'genial', 'excelente', 'encant*', 'maravill*', 'contento', 'contenta', 'satisfech*', 'estupendo', 'precioso', 'preciosa', 'bonito', 'bonita', 'recomiendo', 'feliz', 'increible'],
  negative: ['decepcion*', 'inaceptable', 'verguenza', 'horrible', 'fatal', 'pesimo', 'pesima', 'harto', 'harta', 'enfadad*', 'indignad*', 'gracias por nada', 'peor', 'desastre', 'lamentable', 'molest*'],
  quoteHeaders: ['escribio:', 'escribió:'],
  quoteSeparators: ['mensaje original', 'mensaje reenviado'],
  common: ['el', 'la', 'los', 'las', 'y', 'es', 'mi', 'que', 'de', 'por', 'un', 'una', 'para', 'con', 'hola', 'me', 'se', 'lo', 'pedido', 'muy', 'ha', 'esta', 'buenas', 'buenos', 'dias', 'tardes', 'usted', 'ustedes', 'gracias', 'favor', 'todavia', 'ya', 'pero', 'del', 'al', 'saludos', 'quiero', 'necesito'],
};
