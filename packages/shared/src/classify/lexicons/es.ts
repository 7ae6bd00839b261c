import type { LexiconDef } from './types.js';

/** Spanish. Verbs are matched by stem (`cancel*` → cancelar, cancelaré, cancelamos). */
// biome-ignore format: lexicon tables read better packed than one word per line
export const es: LexiconDef = {
  language: 'es',
  letters: 'ñ¿¡',
  stopwords: [
    'el', 'en', 'de', 'este', 'esta', 'dos', 'veces', 'voy', 'la', 'los', 'las', 'que', 'y', 'es', 'muy', 'pero', 'por', 'con', 'para', 'mi', 'un', 'una', 'lo',
    'se', 'del', 'al', 'esta', 'hay', 'porque', 'cuando', 'nada', 'mas', 'ya', 'me', 'nos', 'su', 'todo',
    'ustedes', 'tiene', 'son', 'fue', 'pues', 'siempre', 'tambien', 'bien', 'vez', 'hace', 'sus', 'estoy', 'muchos',
  ],
  negators: ['no', 'nunca', 'jamas', 'tampoco', 'ni', 'sin', 'ningun', 'ninguna', 'ninguno'],
  conditionals: ['si', 'cuando', 'mientras', 'hasta', 'salvo'],
  scopeBreakers: ['pero', 'porque', 'asi', 'aunque', 'sino', 'entonces', 'y', 'o', 'pues'],
  negationWindow: 5,
  leave: [
    'cancel*',
    'dar*|doy|damos|di|dimos|dare|daremos|daria _ de baja',
    'solicit*|ped*|pid* _ la baja',
    'cambi*|pas*|mud*|migr* a|al|de _ otr*|competencia|competidor*|proveedor*|alternativ*',
    'cambi* de proveedor*|compania|empresa|banco|servicio|aplicacion|app|plataforma',
    'me|nos voy|vamos|ire|iremos|iria con|a _ competencia|otr*|competidor*',
    'irme|irnos',
    'busc*|contrat*|prob* _ otr*|alternativ*|competencia|competidor*|reemplazo',
    'dej* de usar|pagar|comprar|utilizar|pedir',
    'dej* el|la _ servicio|app|aplicacion|plataforma|suscripcion',
    'cerr*|cierr*|elimin*|borr* _ cuenta|cuentas|suscripcion|contrato',
    'desuscrib*', 'desinscrib*', 'desinstal*',
    'anul* _ suscripcion|contrato|cuenta|membresia|plan',
    'devuelv*|devolv*|devolucion _ dinero|plata',
    'nunca mas',
    'rescindir|rescindo|rescindiremos _ contrato',
  ],
  stay: [
    'renov*',
    'segu*|sigo|continu* con|usando|utilizando|comprando|pagando|siendo|pidiendo|en',
    'volvere|volveremos|regresare|regresaremos',
    'volv*|vuelv* a compr*|usar|ped*|contrat*|utiliz*',
    'quedarme|quedarnos|quedare|quedaremos',
    'mantener|mantengo|mantendre _ suscripcion|cuenta|plan|contrato',
  ],
  themes: {
    price: [
      'precio*', 'caro|cara|caros|caras|carisim*', 'costo*', 'coste*', 'cuesta|cuestan', 'barat*', 'tarifa*',
      'economic*', 'descuento*', 'pag* tanto|mucho|demasiado', 'vale _ pena|dinero', 'calidad precio',
    ],
    billing: [
      'factur*', 'cobr*', 'cargo|cargos|cargaron', 'pago|pagos', 'tarjeta*', 'reembols*', 'recibo*',
      'devolu* _ dinero', 'devuelv* _ dinero', 'debit*', 'transacci*', 'iva',
    ],
    support: [
      'soporte', 'atencion', 'servicio al cliente', 'servicio tecnico', 'agente*', 'asesor*', 'operador*',
      'ticket*', 'chat', 'respuesta*', 'respond*', 'contest*', 'nadie _ ayud*|atiend*|llam*', 'atend*|atiend*',
      'llame|llamada*|llamado', 'centro de ayuda', 'personal de',
    ],
    reliability: [
      'fall*', 'error*', 'bug*', 'cae|caen|caida*|caido|cayo', 'roto|rota|rompe|rompio', 'no funciona|funcionan|funciono|funcionaba',
      'dej*|dejo de funcionar', 'inestab*', 'estab*', 'cuelg*', 'colg*', 'congel*', 'bloque*', 'perd* _ datos|informacion|archivos',
      'fiab*', 'confiab*', 'caidas', 'desconect*',
    ],
    performance: [
      'lent*', 'tarda|tardan|tardo|tardando|tardaba', 'cargar|carga|cargando|cargan|cargue', 'velocidad', 'rapid*', 'rendimiento', 'demor*',
      'traba|trabas|trabado|trababa', 'eternidad',
    ],
    usability: [
      'confus*', 'complicad*', 'complej*', 'dificil', 'facil*', 'sencill*', 'intuitiv*', 'interfaz', 'diseno',
      'menu*', 'naveg*', 'usabilidad', 'amigable', 'no encuentro',
    ],
    features: [
      'funcionalidad*', 'funcion|funciones', 'caracteristica*', 'opciones', 'integra*', 'export*', 'falt*',
      'agreg*', 'anad*', 'me gustaria', 'ojala', 'reporte*', 'informe*', 'personaliz*', 'modo oscuro', 'plantilla*',
    ],
    delivery: [
      'entreg*', 'envio*', 'enviaron', 'paquete*', 'pedido*', 'lleg*', 'mensajer*', 'repartidor*', 'courier',
      'transportista', 'rastreo', 'seguimiento del', 'retras*',
    ],
  },
};
