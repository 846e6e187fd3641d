// The templates Replyclock ships with: replies an agent sends every night (shipping status, tracking, delays,
// returns, refunds, damage, cancellations, holding replies, holiday notices, thanks) in English, German, French,
// Spanish, Italian and Japanese, plus English templates for the rest of each category, with platform variants
// where the platforms differ: Amazon formal and free of links and review requests, eBay's returns and
// not-received requests handled inside eBay, Etsy personal and warm. Pure data: seed.ts stores it, tests check
// that every body renders and passes its platforms' compliance rules.
//
// Names are stable keys (an upgrade can tell a shipped template from the agent's own): never rename one.
// The first tag names the topic, shared by a topic's translations.
// Holding replies and holiday notices are personal and promise a time ({{replyBy}}): Amazon does not count
// auto-replies as responses, so nothing here may read like one.
import type { Template } from '../model';

export type TemplateSeed = Omit<Template, 'id' | 'useCount' | 'lastUsedAt' | 'updatedAt'>;

export const DEFAULT_TEMPLATES: TemplateSeed[] = [
  // ------------------------------------------------------------------------------------------------------------
  // Holding reply: personal, says when the full answer comes. Any platform, any category.
  {
    name: 'Holding reply · en',
    language: 'en',
    platforms: [],
    category: null,
    tags: ['holding', 'will reply', 'checking', 'acknowledge'],
    shortcut: 'alt+1',
    body: `Hello {{buyerName}},

Thank you for your message about order {{orderId}}. I have read it, and I am checking the details with our team so that I can give you a complete answer rather than a quick guess.
{{cursor}}
You will have my full reply by {{replyBy}} at the latest.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Holding reply · de',
    language: 'de',
    platforms: [],
    category: null,
    tags: ['holding', 'will reply', 'checking', 'acknowledge'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

vielen Dank für Ihre Nachricht zu Bestellung {{orderId}}. Ich habe sie gelesen und kläre die Einzelheiten gerade mit unserem Team, damit ich Ihnen eine vollständige Antwort geben kann und keine vorschnelle.
{{cursor}}
Meine ausführliche Antwort erhalten Sie spätestens bis {{replyBy}}.

Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Holding reply · fr',
    language: 'fr',
    platforms: [],
    category: null,
    tags: ['holding', 'will reply', 'checking', 'acknowledge'],
    shortcut: null,
    body: `Bonjour {{buyerName}},

Merci pour votre message concernant la commande {{orderId}}. Je l'ai bien lu et je vérifie actuellement les détails avec notre équipe, afin de vous apporter une réponse complète plutôt qu'une réponse hâtive.
{{cursor}}
Vous recevrez ma réponse détaillée au plus tard {{replyBy}}.

Cordialement,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Holding reply · es',
    language: 'es',
    platforms: [],
    category: null,
    tags: ['holding', 'will reply', 'checking', 'acknowledge'],
    shortcut: null,
    body: `Hola, {{buyerName}}:

Gracias por su mensaje sobre el pedido {{orderId}}. Lo he leído y estoy revisando los detalles con nuestro equipo para darle una respuesta completa y no una respuesta precipitada.
{{cursor}}
Tendrá mi respuesta detallada a más tardar el {{replyBy}}.

Un cordial saludo,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Holding reply · it',
    language: 'it',
    platforms: [],
    category: null,
    tags: ['holding', 'will reply', 'checking', 'acknowledge'],
    shortcut: null,
    body: `Gentile {{buyerName}},

grazie per il suo messaggio sull'ordine {{orderId}}. L'ho letto e sto verificando i dettagli con il nostro team, per poterle dare una risposta completa e non affrettata.
{{cursor}}
Riceverà la mia risposta dettagliata entro {{replyBy}}.

Cordiali saluti,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Holding reply · ja',
    language: 'ja',
    platforms: [],
    category: null,
    tags: ['holding', 'will reply', 'checking', 'acknowledge'],
    shortcut: null,
    body: `{{buyerName}} 様

{{shopName}}の{{agentName}}です。
ご注文（注文番号：{{orderId}}）についてのメッセージ、拝見いたしました。正確なご回答をお届けするため、ただいま担当チームと詳細を確認しております。
{{cursor}}
{{replyBy}}までに、改めて詳しくご回答いたします。今しばらくお待ちくださいますよう、お願い申し上げます。

{{shopName}}
{{agentName}}`,
  },
  {
    name: 'Holding reply · Etsy · en',
    language: 'en',
    platforms: ['etsy'],
    category: null,
    tags: ['holding', 'will reply', 'checking', 'acknowledge'],
    shortcut: null,
    body: `Hi {{buyerFirstName}},

Thanks so much for your message! I've read it and I'm looking into it now, so I can give you a proper answer rather than a rushed one.
{{cursor}}
You'll hear back from me by {{replyBy}} at the latest.

Warmly,
{{agentName}}
{{shopName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Holiday notice: the team is away, the buyer still gets a person and a time.
  {
    name: 'Holiday notice · en',
    language: 'en',
    platforms: [],
    category: null,
    tags: ['holiday', 'closed', 'public holiday', 'delay'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for your message about order {{orderId}}. Because of a public holiday, our warehouse is closed and our team is smaller than usual, so replies are taking a little longer. I did not want to leave you without an answer: I have noted your request, and you will have my full reply by {{replyBy}}.
{{cursor}}
Orders placed during the holiday will ship in the order they came in as soon as we are back. Thank you for your patience.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Holiday notice · de',
    language: 'de',
    platforms: [],
    category: null,
    tags: ['holiday', 'closed', 'public holiday', 'delay'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

vielen Dank für Ihre Nachricht zu Bestellung {{orderId}}. Wegen eines Feiertags ist unser Lager derzeit geschlossen und unser Team nur eingeschränkt besetzt, daher dauern Antworten etwas länger als sonst. Ich wollte Sie aber nicht ohne Rückmeldung lassen: Ihr Anliegen ist notiert, und Sie erhalten meine vollständige Antwort bis {{replyBy}}.
{{cursor}}
Bestellungen aus der Feiertagszeit versenden wir nach unserer Rückkehr in der Reihenfolge ihres Eingangs. Vielen Dank für Ihre Geduld.

Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Holiday notice · fr',
    language: 'fr',
    platforms: [],
    category: null,
    tags: ['holiday', 'closed', 'public holiday', 'delay'],
    shortcut: null,
    body: `Bonjour {{buyerName}},

Merci pour votre message concernant la commande {{orderId}}. En raison d'un jour férié, notre entrepôt est fermé et notre équipe fonctionne en effectif réduit ; nos réponses prennent donc un peu plus de temps que d'habitude. Nous ne voulions pas vous laisser sans nouvelles : votre demande est bien notée et vous recevrez une réponse complète au plus tard {{replyBy}}.
{{cursor}}
Les commandes passées pendant cette période seront expédiées dans leur ordre d'arrivée dès notre retour. Merci de votre patience.

Cordialement,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Holiday notice · es',
    language: 'es',
    platforms: [],
    category: null,
    tags: ['holiday', 'closed', 'public holiday', 'delay'],
    shortcut: null,
    body: `Hola, {{buyerName}}:

Gracias por su mensaje sobre el pedido {{orderId}}. Por un día festivo, nuestro almacén está cerrado y el equipo trabaja con personal reducido, así que las respuestas tardan algo más de lo habitual. No queríamos dejarle sin respuesta: hemos tomado nota de su consulta y recibirá una respuesta completa a más tardar el {{replyBy}}.
{{cursor}}
Los pedidos realizados durante el festivo se enviarán por orden de llegada en cuanto volvamos. Gracias por su paciencia.

Un cordial saludo,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Holiday notice · it',
    language: 'it',
    platforms: [],
    category: null,
    tags: ['holiday', 'closed', 'public holiday', 'delay'],
    shortcut: null,
    body: `Gentile {{buyerName}},

grazie per il suo messaggio sull'ordine {{orderId}}. A causa di una festività il nostro magazzino è chiuso e il team lavora a ranghi ridotti, quindi le risposte richiedono un po' più di tempo del solito. Non volevamo lasciarla senza risposta: abbiamo preso nota della sua richiesta e riceverà una risposta completa entro {{replyBy}}.
{{cursor}}
Gli ordini effettuati durante la festività verranno spediti in ordine di arrivo al nostro rientro. Grazie per la pazienza.

Cordiali saluti,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Holiday notice · ja',
    language: 'ja',
    platforms: [],
    category: null,
    tags: ['holiday', 'closed', 'public holiday', 'delay'],
    shortcut: null,
    body: `{{buyerName}} 様

{{shopName}}の{{agentName}}です。ご注文（注文番号：{{orderId}}）についてご連絡いただき、ありがとうございます。
現在、祝日のため倉庫を休業しており、通常よりご返信にお時間をいただいております。お問い合わせ内容は確かに承りましたので、{{replyBy}}までに改めて詳しくご回答いたします。
{{cursor}}
休業期間中にいただいたご注文は、営業再開後、順次発送いたします。ご不便をおかけしますが、何卒よろしくお願い申し上げます。

{{shopName}}
{{agentName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Shipping status: "where is my order?" while it is on its way.
  {
    name: 'Order shipped · en',
    language: 'en',
    platforms: [],
    category: 'shipping',
    tags: ['shipping-status', 'where is my order', 'on its way', 'in transit'],
    shortcut: 'alt+3',
    body: `Hello {{buyerName}},

Thank you for checking in about order {{orderId}}. Your parcel is on its way: it has left our warehouse and is now with the carrier. {{cursor}}

International deliveries can take a few extra days at customs, so please don't worry if the tracking does not update every day. I am keeping an eye on it, and if it has not arrived by the estimated delivery date, just let me know and I will take care of it.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Order shipped · de',
    language: 'de',
    platforms: [],
    category: 'shipping',
    tags: ['shipping-status', 'where is my order', 'on its way', 'in transit'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

vielen Dank für Ihre Nachricht zu Bestellung {{orderId}}. Ihr Paket ist unterwegs: Es hat unser Lager verlassen und ist jetzt beim Versanddienstleister. {{cursor}}

Bei internationalen Sendungen kann die Zollabfertigung ein paar Tage zusätzlich dauern. Wundern Sie sich also bitte nicht, wenn die Sendungsverfolgung nicht jeden Tag aktualisiert wird. Ich behalte die Sendung im Blick. Sollte sie bis zum voraussichtlichen Liefertermin nicht angekommen sein, geben Sie mir bitte Bescheid, dann kümmere ich mich sofort darum.

Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Order shipped · fr',
    language: 'fr',
    platforms: [],
    category: 'shipping',
    tags: ['shipping-status', 'where is my order', 'on its way', 'in transit'],
    shortcut: null,
    body: `Bonjour {{buyerName}},

Merci pour votre message concernant la commande {{orderId}}. Votre colis est en route : il a quitté notre entrepôt et se trouve maintenant chez le transporteur. {{cursor}}

Pour les envois internationaux, le passage en douane peut ajouter quelques jours ; ne vous inquiétez donc pas si le suivi n'est pas mis à jour tous les jours. Nous surveillons l'envoi, et s'il n'est pas arrivé à la date de livraison prévue, prévenez-nous et nous nous en occuperons immédiatement.

Cordialement,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Order shipped · es',
    language: 'es',
    platforms: [],
    category: 'shipping',
    tags: ['shipping-status', 'where is my order', 'on its way', 'in transit'],
    shortcut: null,
    body: `Hola, {{buyerName}}:

Gracias por su mensaje sobre el pedido {{orderId}}. Su paquete ya está en camino: ha salido de nuestro almacén y ahora lo tiene la empresa de transporte. {{cursor}}

En los envíos internacionales, el paso por aduanas puede añadir algunos días, así que no se preocupe si el seguimiento no se actualiza a diario. Estoy pendiente del envío y, si no ha llegado en la fecha de entrega prevista, avíseme y me encargaré de ello de inmediato.

Un cordial saludo,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Order shipped · it',
    language: 'it',
    platforms: [],
    category: 'shipping',
    tags: ['shipping-status', 'where is my order', 'on its way', 'in transit'],
    shortcut: null,
    body: `Gentile {{buyerName}},

grazie per il suo messaggio sull'ordine {{orderId}}. Il suo pacco è in viaggio: ha lasciato il nostro magazzino ed è ora affidato al corriere. {{cursor}}

Per le spedizioni internazionali lo sdoganamento può richiedere qualche giorno in più, quindi non si preoccupi se il tracciamento non si aggiorna ogni giorno. Tengo d'occhio la spedizione e, se non dovesse arrivare entro la data di consegna prevista, me lo faccia sapere: me ne occuperò subito.

Cordiali saluti,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Order shipped · ja',
    language: 'ja',
    platforms: [],
    category: 'shipping',
    tags: ['shipping-status', 'where is my order', 'on its way', 'in transit'],
    shortcut: null,
    body: `{{buyerName}} 様

{{shopName}}の{{agentName}}です。
ご注文（注文番号：{{orderId}}）についてお問い合わせいただき、誠にありがとうございます。

ご注文の商品はすでに弊社倉庫より発送され、現在配送業者にて輸送中でございます。{{cursor}}
国際配送の場合、通関手続きのため数日ほど余分にお時間をいただくことがございます。追跡情報が毎日更新されない場合もございますが、どうぞご安心ください。
お届け予定日を過ぎても商品が届かない場合は、お手数ですが本メッセージにご返信ください。すぐに対応いたします。

今後ともよろしくお願い申し上げます。

{{shopName}}
{{agentName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Tracking number.
  {
    name: 'Tracking number · en',
    language: 'en',
    platforms: [],
    category: 'shipping',
    tags: ['tracking', 'tracking number', 'shipped', 'carrier'],
    shortcut: 'alt+2',
    body: `Hello {{buyerName}},

Thank you for your message. Your order {{orderId}} has shipped, and the tracking number is:

{{trackingNumber}}

You can follow the delivery on the carrier's website; the same information is shown in your order details. Please allow 24–48 hours after dispatch for the first tracking update to appear.
{{cursor}}
Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Tracking number · de',
    language: 'de',
    platforms: [],
    category: 'shipping',
    tags: ['tracking', 'tracking number', 'shipped', 'carrier'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

vielen Dank für Ihre Nachricht. Ihre Bestellung {{orderId}} wurde versandt, die Sendungsnummer lautet:

{{trackingNumber}}

Damit können Sie die Lieferung auf der Website des Versanddienstleisters verfolgen; dieselben Informationen finden Sie auch in Ihren Bestelldetails. Bitte beachten Sie, dass die erste Statusmeldung nach dem Versand 24–48 Stunden dauern kann.
{{cursor}}
Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Tracking number · fr',
    language: 'fr',
    platforms: [],
    category: 'shipping',
    tags: ['tracking', 'tracking number', 'shipped', 'carrier'],
    shortcut: null,
    body: `Bonjour {{buyerName}},

Merci pour votre message. Votre commande {{orderId}} a été expédiée ; voici le numéro de suivi :

{{trackingNumber}}

Vous pouvez suivre la livraison sur le site du transporteur ; les mêmes informations figurent dans le détail de votre commande. Le premier suivi peut mettre 24 à 48 heures à apparaître après l'expédition.
{{cursor}}
Cordialement,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Tracking number · es',
    language: 'es',
    platforms: [],
    category: 'shipping',
    tags: ['tracking', 'tracking number', 'shipped', 'carrier'],
    shortcut: null,
    body: `Hola, {{buyerName}}:

Gracias por su mensaje. Su pedido {{orderId}} ya se ha enviado y este es el número de seguimiento:

{{trackingNumber}}

Puede seguir la entrega en la web de la empresa de transporte; la misma información aparece en los detalles de su pedido. La primera actualización del seguimiento puede tardar entre 24 y 48 horas en aparecer tras el envío.
{{cursor}}
Un cordial saludo,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Tracking number · it',
    language: 'it',
    platforms: [],
    category: 'shipping',
    tags: ['tracking', 'tracking number', 'shipped', 'carrier'],
    shortcut: null,
    body: `Gentile {{buyerName}},

grazie per il suo messaggio. Il suo ordine {{orderId}} è stato spedito; ecco il numero di tracciamento:

{{trackingNumber}}

Può seguire la consegna sul sito del corriere; le stesse informazioni sono riportate nei dettagli del suo ordine. Il primo aggiornamento del tracciamento può richiedere 24–48 ore dalla spedizione.
{{cursor}}
Cordiali saluti,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Tracking number · ja',
    language: 'ja',
    platforms: [],
    category: 'shipping',
    tags: ['tracking', 'tracking number', 'shipped', 'carrier'],
    shortcut: null,
    body: `{{buyerName}} 様

{{shopName}}の{{agentName}}です。お問い合わせいただき、誠にありがとうございます。

ご注文（注文番号：{{orderId}}）の商品は発送済みでございます。追跡番号は以下のとおりです。

{{trackingNumber}}

配送業者のウェブサイトにて配送状況をご確認いただけます。同じ情報はご注文の詳細画面にも表示されます。なお、発送後に追跡情報が反映されるまで24～48時間ほどかかる場合がございます。
{{cursor}}
何卒よろしくお願い申し上げます。

{{shopName}}
{{agentName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Delivery delay apology.
  {
    name: 'Delivery delay apology · en',
    language: 'en',
    platforms: [],
    category: 'shipping',
    tags: ['delay', 'late', 'apology', 'in transit'],
    shortcut: 'alt+4',
    body: `Hello {{buyerName}},

I am sorry that your order {{orderId}} is taking longer than expected. As of {{today}}, the tracking ({{trackingNumber}}) shows the parcel still in transit. {{cursor}}

I have asked the carrier to check the shipment and will update you as soon as there is news. If the parcel does not arrive in the next few days, I will send you a replacement or a full refund, whichever you prefer.

Thank you for your patience, and again, my apologies for the wait.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Delivery delay apology · de',
    language: 'de',
    platforms: [],
    category: 'shipping',
    tags: ['delay', 'late', 'apology', 'in transit'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

es tut mir leid, dass Ihre Bestellung {{orderId}} länger braucht als erwartet. Laut Sendungsverfolgung ({{trackingNumber}}) ist das Paket heute, am {{today}}, noch unterwegs. {{cursor}}

Ich habe den Versanddienstleister gebeten, die Sendung zu prüfen, und melde mich bei Ihnen, sobald es Neuigkeiten gibt. Sollte das Paket in den nächsten Tagen nicht ankommen, schicke ich Ihnen gern Ersatz oder erstatte Ihnen den vollen Betrag – ganz wie Sie möchten.

Vielen Dank für Ihre Geduld und nochmals Entschuldigung für die Verzögerung.

Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Delivery delay apology · fr',
    language: 'fr',
    platforms: [],
    category: 'shipping',
    tags: ['delay', 'late', 'apology', 'in transit'],
    shortcut: null,
    body: `Bonjour {{buyerName}},

Nous sommes désolés que votre commande {{orderId}} mette plus de temps que prévu. D'après le suivi ({{trackingNumber}}), le colis est toujours en transit à la date du {{today}}. {{cursor}}

Nous avons demandé au transporteur de vérifier l'envoi et revenons vers vous dès que nous avons des nouvelles. Si le colis n'arrive pas dans les prochains jours, nous vous enverrons un remplacement ou vous rembourserons intégralement, selon votre préférence.

Merci de votre patience, et encore toutes nos excuses pour ce retard.

Cordialement,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Delivery delay apology · es',
    language: 'es',
    platforms: [],
    category: 'shipping',
    tags: ['delay', 'late', 'apology', 'in transit'],
    shortcut: null,
    body: `Hola, {{buyerName}}:

Lamento que su pedido {{orderId}} esté tardando más de lo previsto. Según el seguimiento ({{trackingNumber}}), a fecha de {{today}} el paquete sigue en tránsito. {{cursor}}

He pedido a la empresa de transporte que revise el envío y le escribiré en cuanto tenga novedades. Si el paquete no llega en los próximos días, le enviaré un reemplazo o le reembolsaré el importe completo, lo que usted prefiera.

Gracias por su paciencia y, de nuevo, disculpe la espera.

Un cordial saludo,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Delivery delay apology · it',
    language: 'it',
    platforms: [],
    category: 'shipping',
    tags: ['delay', 'late', 'apology', 'in transit'],
    shortcut: null,
    body: `Gentile {{buyerName}},

mi dispiace che il suo ordine {{orderId}} stia impiegando più tempo del previsto. Secondo il tracciamento ({{trackingNumber}}), alla data del {{today}} il pacco risulta ancora in transito. {{cursor}}

Ho chiesto al corriere di verificare la spedizione e le scriverò appena avrò novità. Se il pacco non dovesse arrivare nei prossimi giorni, le invierò un prodotto sostitutivo o le rimborserò l'intero importo, come preferisce.

Grazie per la pazienza e ancora scuse per l'attesa.

Cordiali saluti,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Delivery delay apology · ja',
    language: 'ja',
    platforms: [],
    category: 'shipping',
    tags: ['delay', 'late', 'apology', 'in transit'],
    shortcut: null,
    body: `{{buyerName}} 様

{{shopName}}の{{agentName}}です。
ご注文（注文番号：{{orderId}}）のお届けが予定より遅れており、大変申し訳ございません。
{{today}}現在、追跡情報（追跡番号：{{trackingNumber}}）では、お荷物はまだ輸送中となっております。{{cursor}}

配送業者に調査を依頼しておりますので、新しい情報が入り次第、改めてご連絡いたします。
万が一、数日以内にお届けできない場合は、代替品の発送または全額返金にて対応させていただきます。

お待たせしてしまい誠に申し訳ございません。何卒よろしくお願い申し上げます。

{{shopName}}
{{agentName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Return instructions: each platform has its own returns flow.
  {
    name: 'Return instructions · Amazon · en',
    language: 'en',
    platforms: ['amazon'],
    category: 'return',
    tags: ['return-instructions', 'return', 'return label', 'your orders'],
    shortcut: null,
    body: `Dear {{buyerName}},

Thank you for contacting us about order {{orderId}}. I am sorry the item did not work out for you.

You can return it through Amazon: go to Your Orders, select this order and choose "Return or replace items", then follow the steps to print the return label. Once the item reaches us, the refund is issued to your original payment method.
{{cursor}}
If you have any questions during the return, please reply to this message.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · Amazon · de',
    language: 'de',
    platforms: ['amazon'],
    category: 'return',
    tags: ['return-instructions', 'return', 'return label', 'your orders'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

vielen Dank für Ihre Nachricht zu Bestellung {{orderId}}. Schade, dass der Artikel nicht Ihren Erwartungen entspricht.

Die Rücksendung können Sie direkt über Amazon veranlassen: Gehen Sie zu „Meine Bestellungen“, wählen Sie diese Bestellung aus und klicken Sie auf „Artikel zurücksenden oder ersetzen“. Dort erhalten Sie auch das Rücksendeetikett. Sobald der Artikel bei uns eingetroffen ist, wird der Betrag auf Ihre ursprüngliche Zahlungsmethode erstattet.
{{cursor}}
Bei Fragen zur Rücksendung antworten Sie einfach auf diese Nachricht.

Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · Amazon · fr',
    language: 'fr',
    platforms: ['amazon'],
    category: 'return',
    tags: ['return-instructions', 'return', 'return label', 'your orders'],
    shortcut: null,
    body: `Bonjour {{buyerName}},

Merci de nous avoir contactés au sujet de la commande {{orderId}}. Nous sommes désolés que l'article ne vous convienne pas.

Vous pouvez effectuer le retour via Amazon : allez dans « Vos commandes », sélectionnez cette commande et choisissez « Retourner ou remplacer des articles », puis suivez les étapes pour imprimer l'étiquette de retour. Dès réception de l'article, le remboursement sera effectué sur votre moyen de paiement d'origine.
{{cursor}}
Pour toute question concernant le retour, il vous suffit de répondre à ce message.

Cordialement,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · Amazon · es',
    language: 'es',
    platforms: ['amazon'],
    category: 'return',
    tags: ['return-instructions', 'return', 'return label', 'your orders'],
    shortcut: null,
    body: `Hola, {{buyerName}}:

Gracias por ponerse en contacto con nosotros sobre el pedido {{orderId}}. Lamentamos que el producto no le haya convencido.

Puede hacer la devolución a través de Amazon: vaya a «Mis pedidos», seleccione este pedido y elija «Devolver o reemplazar productos»; después siga los pasos para imprimir la etiqueta de devolución. En cuanto recibamos el producto, se le reembolsará el importe en su método de pago original.
{{cursor}}
Si tiene cualquier pregunta sobre la devolución, responda a este mensaje.

Un cordial saludo,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · Amazon · it',
    language: 'it',
    platforms: ['amazon'],
    category: 'return',
    tags: ['return-instructions', 'return', 'return label', 'your orders'],
    shortcut: null,
    body: `Gentile {{buyerName}},

grazie per averci contattato in merito all'ordine {{orderId}}. Ci dispiace che l'articolo non sia di suo gradimento.

Può effettuare il reso tramite Amazon: vada su «I miei ordini», selezioni questo ordine e scelga «Restituisci o sostituisci articoli», poi segua i passaggi per stampare l'etichetta di reso. Non appena riceveremo l'articolo, il rimborso verrà effettuato sul metodo di pagamento originale.
{{cursor}}
Per qualsiasi domanda sul reso, risponda pure a questo messaggio.

Cordiali saluti,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · Amazon · ja',
    language: 'ja',
    platforms: ['amazon'],
    category: 'return',
    tags: ['return-instructions', 'return', 'return label', 'your orders'],
    shortcut: null,
    body: `{{buyerName}} 様

{{shopName}}の{{agentName}}です。
ご注文（注文番号：{{orderId}}）についてご連絡いただき、誠にありがとうございます。商品がご期待に沿えず、申し訳ございません。

返品はAmazonの返品手続きからお申し込みいただけます。アカウントサービスの「注文履歴」から該当のご注文を選び、「商品の返品」をクリックして、画面の案内に沿って返送用ラベルを印刷してください。
商品が弊社に到着次第、ご購入時のお支払い方法へ返金いたします。
{{cursor}}
返品についてご不明な点がございましたら、本メッセージにご返信ください。

何卒よろしくお願い申し上げます。

{{shopName}}
{{agentName}}`,
  },
  {
    name: 'Return instructions · eBay · en',
    language: 'en',
    platforms: ['ebay'],
    category: 'return',
    tags: ['return-instructions', 'return', 'return request', 'money back guarantee'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for your message about {{itemTitle}} (order {{orderId}}). I am sorry it isn't right for you.

Please start the return on eBay so that it is covered by the eBay Money Back Guarantee: go to My eBay > Purchase history, select this order and choose "Return this item". I will accept the request, and you will find the return instructions and label in the return request on eBay (Resolution Centre).

Your refund is issued through eBay as soon as the item is back with us.
{{cursor}}
Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · eBay · de',
    language: 'de',
    platforms: ['ebay'],
    category: 'return',
    tags: ['return-instructions', 'return', 'return request', 'money back guarantee'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

vielen Dank für Ihre Nachricht zu {{itemTitle}} (Bestellung {{orderId}}). Schade, dass der Artikel nicht passt.

Bitte starten Sie die Rückgabe über eBay, damit Sie durch den eBay-Käuferschutz abgesichert sind: Gehen Sie zu „Mein eBay“ > „Käufe“, wählen Sie die Bestellung aus und klicken Sie auf „Artikel zurückgeben“. Ich nehme die Anfrage dann an, und Sie finden die Rücksendeinformationen und das Etikett in Ihrer Rückgabeanfrage bei eBay.

Die Erstattung erfolgt über eBay, sobald der Artikel wieder bei uns ist.
{{cursor}}
Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · eBay · fr',
    language: 'fr',
    platforms: ['ebay'],
    category: 'return',
    tags: ['return-instructions', 'return', 'return request', 'money back guarantee'],
    shortcut: null,
    body: `Bonjour {{buyerName}},

Merci pour votre message concernant {{itemTitle}} (commande {{orderId}}). Nous sommes désolés que l'objet ne vous convienne pas.

Merci d'ouvrir la demande de retour sur eBay, afin que le retour soit couvert par la Garantie client eBay : allez dans « Mon eBay » > « Achats », sélectionnez la commande et cliquez sur « Retourner cet objet ». Nous accepterons la demande, et vous trouverez les instructions et l'étiquette de retour dans votre demande sur eBay.

Le remboursement est effectué via eBay dès que l'objet nous est revenu.
{{cursor}}
Cordialement,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · eBay · es',
    language: 'es',
    platforms: ['ebay'],
    category: 'return',
    tags: ['return-instructions', 'return', 'return request', 'money back guarantee'],
    shortcut: null,
    body: `Hola, {{buyerName}}:

Gracias por su mensaje sobre {{itemTitle}} (pedido {{orderId}}). Lamentamos que el artículo no sea lo que esperaba.

Por favor, inicie la devolución a través de eBay para que quede cubierta por la Garantía al cliente de eBay: vaya a «Mi eBay» > «Compras», seleccione el pedido y haga clic en «Devolver este artículo». Aceptaremos la solicitud y encontrará las instrucciones y la etiqueta de devolución en la propia solicitud en eBay.

El reembolso se emite a través de eBay en cuanto el artículo nos llegue de vuelta.
{{cursor}}
Un cordial saludo,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · eBay · it',
    language: 'it',
    platforms: ['ebay'],
    category: 'return',
    tags: ['return-instructions', 'return', 'return request', 'money back guarantee'],
    shortcut: null,
    body: `Gentile {{buyerName}},

grazie per il suo messaggio su {{itemTitle}} (ordine {{orderId}}). Ci dispiace che l'oggetto non sia adatto alle sue esigenze.

La preghiamo di aprire la richiesta di reso su eBay, così che sia coperta dalla Garanzia cliente eBay: vada su «Il mio eBay» > «Acquisti», selezioni l'ordine e clicchi su «Restituisci l'oggetto». Accetteremo la richiesta e troverà le istruzioni e l'etichetta per il reso nella richiesta stessa su eBay.

Il rimborso viene emesso tramite eBay non appena l'oggetto torna da noi.
{{cursor}}
Cordiali saluti,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · eBay · ja',
    language: 'ja',
    platforms: ['ebay'],
    category: 'return',
    tags: ['return-instructions', 'return', 'return request', 'money back guarantee'],
    shortcut: null,
    body: `{{buyerName}} 様

{{shopName}}の{{agentName}}です。
{{itemTitle}}（注文番号：{{orderId}}）についてご連絡いただき、ありがとうございます。ご期待に沿えず、申し訳ございません。

eBayの返金保証の対象となるよう、返品はeBay上でお手続きください。My eBayの「Purchases（購入履歴）」から該当のご注文を選び、「Return this item」をクリックしてください。リクエストをいただき次第承認いたしますので、返品方法と返送用ラベルはeBayの返品リクエスト内でご確認いただけます。

返金は、商品が弊社に戻り次第、eBayを通じて行います。
{{cursor}}
何卒よろしくお願い申し上げます。

{{shopName}}
{{agentName}}`,
  },
  {
    name: 'Return instructions · Etsy · en',
    language: 'en',
    platforms: ['etsy'],
    category: 'return',
    tags: ['return-instructions', 'return', 'exchange'],
    shortcut: null,
    body: `Hi {{buyerFirstName}},

Thanks so much for letting me know, and I'm sorry {{itemTitle}} isn't quite right for you.

Returns are no problem. Please send the item back in its original condition to the address below, and message me the tracking number here once it's on its way:
{{cursor}}
As soon as it arrives, I'll refund you through Etsy. If you'd prefer an exchange instead, just tell me and we'll sort it out together.

Warmly,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · Etsy · de',
    language: 'de',
    platforms: ['etsy'],
    category: 'return',
    tags: ['return-instructions', 'return', 'exchange'],
    shortcut: null,
    body: `Hallo {{buyerFirstName}},

danke für deine Nachricht – und schade, dass {{itemTitle}} nicht ganz das Richtige für dich ist.

Eine Rückgabe ist kein Problem. Schick den Artikel bitte unbenutzt an die Adresse unten zurück und schreib mir hier die Sendungsnummer, sobald das Paket unterwegs ist:
{{cursor}}
Sobald es bei mir angekommen ist, erstatte ich dir den Betrag über Etsy. Wenn dir ein Umtausch lieber ist, sag einfach Bescheid, dann finden wir gemeinsam eine Lösung.

Liebe Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · Etsy · fr',
    language: 'fr',
    platforms: ['etsy'],
    category: 'return',
    tags: ['return-instructions', 'return', 'exchange'],
    shortcut: null,
    body: `Bonjour {{buyerFirstName}},

Merci beaucoup pour votre message. Quel dommage que {{itemTitle}} ne vous convienne pas tout à fait !

Un retour n'est pas un problème. Renvoyez-moi simplement l'article dans son état d'origine à l'adresse ci-dessous, et envoyez-moi ici le numéro de suivi dès que le colis est parti :
{{cursor}}
Dès sa réception, je vous rembourse via Etsy. Si vous préférez un échange, dites-le-moi et nous trouverons une solution ensemble.

Bien chaleureusement,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · Etsy · es',
    language: 'es',
    platforms: ['etsy'],
    category: 'return',
    tags: ['return-instructions', 'return', 'exchange'],
    shortcut: null,
    body: `¡Hola, {{buyerFirstName}}!

Muchas gracias por escribirme, y siento que {{itemTitle}} no sea del todo lo que buscabas.

Las devoluciones no son ningún problema. Envíame el artículo en su estado original a la dirección de abajo y escríbeme aquí el número de seguimiento cuando lo hayas enviado:
{{cursor}}
En cuanto me llegue, te haré el reembolso a través de Etsy. Si prefieres un cambio, dímelo y lo solucionamos juntos.

Un saludo muy cordial,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · Etsy · it',
    language: 'it',
    platforms: ['etsy'],
    category: 'return',
    tags: ['return-instructions', 'return', 'exchange'],
    shortcut: null,
    body: `Ciao {{buyerFirstName}},

grazie mille per avermi scritto, e mi dispiace che {{itemTitle}} non sia proprio quello che cercavi.

Il reso non è un problema. Rispediscimi l'articolo nelle condizioni originali all'indirizzo qui sotto e scrivimi qui il numero di tracciamento quando l'hai spedito:
{{cursor}}
Appena mi arriva, ti rimborso tramite Etsy. Se preferisci un cambio, dimmelo pure e troviamo insieme una soluzione.

Un caro saluto,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return instructions · Etsy · ja',
    language: 'ja',
    platforms: ['etsy'],
    category: 'return',
    tags: ['return-instructions', 'return', 'exchange'],
    shortcut: null,
    body: `{{buyerName}} 様

こんにちは、{{shopName}}の{{agentName}}です。ご連絡ありがとうございます。
{{itemTitle}}がお気に召さなかったとのこと、残念です。

返品はもちろん大丈夫です。未使用の状態で下記の住所までご返送いただき、発送後にこちらのメッセージで追跡番号をお知らせください。
{{cursor}}
商品が届き次第、Etsyを通じて返金いたします。交換をご希望の場合も、お気軽にお知らせください。

どうぞよろしくお願いいたします。
{{agentName}}（{{shopName}}）`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Refund confirmation.
  {
    name: 'Refund confirmation · en',
    language: 'en',
    platforms: [],
    category: 'return',
    tags: ['refund', 'refunded', 'money back', 'payment method'],
    shortcut: 'alt+6',
    body: `Hello {{buyerName}},

I have issued a full refund for your order {{orderId}}. It goes back to the payment method you used, and depending on your bank or card provider it can take 3–10 business days to appear on your statement. {{cursor}}

I am sorry this order did not work out, and thank you for your understanding.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Refund confirmation · de',
    language: 'de',
    platforms: [],
    category: 'return',
    tags: ['refund', 'refunded', 'money back', 'payment method'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

ich habe Ihnen den vollen Betrag für Bestellung {{orderId}} erstattet. Die Gutschrift erfolgt auf die ursprünglich verwendete Zahlungsmethode; je nach Bank oder Kartenanbieter kann es 3–10 Werktage dauern, bis sie auf Ihrem Konto sichtbar ist. {{cursor}}

Es tut mir leid, dass diese Bestellung nicht wie gewünscht geklappt hat, und danke für Ihr Verständnis.

Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Refund confirmation · fr',
    language: 'fr',
    platforms: [],
    category: 'return',
    tags: ['refund', 'refunded', 'money back', 'payment method'],
    shortcut: null,
    body: `Bonjour {{buyerName}},

Nous avons procédé au remboursement intégral de votre commande {{orderId}}. Il sera crédité sur le moyen de paiement utilisé ; selon votre banque, il peut s'écouler 3 à 10 jours ouvrés avant qu'il n'apparaisse sur votre relevé. {{cursor}}

Nous sommes désolés que cette commande ne se soit pas passée comme prévu et vous remercions de votre compréhension.

Cordialement,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Refund confirmation · es',
    language: 'es',
    platforms: [],
    category: 'return',
    tags: ['refund', 'refunded', 'money back', 'payment method'],
    shortcut: null,
    body: `Hola, {{buyerName}}:

He emitido el reembolso completo de su pedido {{orderId}}. Se abonará en el método de pago que utilizó y, según su banco o tarjeta, puede tardar entre 3 y 10 días hábiles en aparecer en su extracto. {{cursor}}

Lamento que este pedido no haya salido bien y le agradezco su comprensión.

Un cordial saludo,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Refund confirmation · it',
    language: 'it',
    platforms: [],
    category: 'return',
    tags: ['refund', 'refunded', 'money back', 'payment method'],
    shortcut: null,
    body: `Gentile {{buyerName}},

ho emesso il rimborso completo per il suo ordine {{orderId}}. L'importo verrà riaccreditato sul metodo di pagamento utilizzato e, a seconda della banca o della carta, potrebbero essere necessari 3–10 giorni lavorativi prima che compaia sull'estratto conto. {{cursor}}

Mi dispiace che questo ordine non sia andato come previsto e la ringrazio per la comprensione.

Cordiali saluti,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Refund confirmation · ja',
    language: 'ja',
    platforms: [],
    category: 'return',
    tags: ['refund', 'refunded', 'money back', 'payment method'],
    shortcut: null,
    body: `{{buyerName}} 様

{{shopName}}の{{agentName}}です。
ご注文（注文番号：{{orderId}}）につきまして、全額の返金手続きを完了いたしました。ご購入時のお支払い方法へ返金され、カード会社や金融機関によっては明細に反映されるまで3～10営業日ほどかかる場合がございます。{{cursor}}

この度はご期待に沿えず、誠に申し訳ございませんでした。ご理解のほど、よろしくお願い申し上げます。

{{shopName}}
{{agentName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Damaged item.
  {
    name: 'Damaged item · en',
    language: 'en',
    platforms: [],
    category: 'quality',
    tags: ['damaged', 'broken', 'photo', 'replacement'],
    shortcut: 'alt+5',
    body: `Hello {{buyerName}},

I am very sorry that your {{itemTitle}} arrived damaged. That is not how it should have reached you.

Could you please reply with a photo of the damage and of the outer packaging? It helps us with the carrier's claim and with improving our packing. As soon as I have it, I will send you a replacement or a full refund, whichever you prefer. {{cursor}}

Again, my apologies for the trouble.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Damaged item · de',
    language: 'de',
    platforms: [],
    category: 'quality',
    tags: ['damaged', 'broken', 'photo', 'replacement'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

es tut mir sehr leid, dass {{itemTitle}} beschädigt bei Ihnen angekommen ist. So sollte der Artikel natürlich nicht bei Ihnen ankommen.

Könnten Sie mir bitte ein Foto des Schadens und der Außenverpackung schicken? Das hilft uns bei der Reklamation beim Versanddienstleister und bei der Verbesserung unserer Verpackung. Sobald ich das Foto habe, schicke ich Ihnen gern Ersatz oder erstatte Ihnen den vollen Betrag – ganz wie Sie möchten. {{cursor}}

Nochmals Entschuldigung für die Unannehmlichkeiten.

Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Damaged item · fr',
    language: 'fr',
    platforms: [],
    category: 'quality',
    tags: ['damaged', 'broken', 'photo', 'replacement'],
    shortcut: null,
    body: `Bonjour {{buyerName}},

Nous sommes vraiment désolés que votre article ({{itemTitle}}) soit arrivé endommagé.

Pourriez-vous nous envoyer en réponse une photo des dégâts et de l'emballage extérieur ? Cela nous aide pour la réclamation auprès du transporteur et pour améliorer notre emballage. Dès réception de la photo, nous vous enverrons un remplacement ou vous rembourserons intégralement, selon votre préférence. {{cursor}}

Encore toutes nos excuses pour ce désagrément.

Cordialement,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Damaged item · es',
    language: 'es',
    platforms: [],
    category: 'quality',
    tags: ['damaged', 'broken', 'photo', 'replacement'],
    shortcut: null,
    body: `Hola, {{buyerName}}:

Siento muchísimo que su artículo ({{itemTitle}}) haya llegado dañado.

¿Podría enviarme una foto del daño y del embalaje exterior en respuesta a este mensaje? Nos ayuda con la reclamación a la empresa de transporte y a mejorar nuestro embalaje. En cuanto la tenga, le enviaré un reemplazo o le reembolsaré el importe completo, lo que usted prefiera. {{cursor}}

De nuevo, disculpe las molestias.

Un cordial saludo,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Damaged item · it',
    language: 'it',
    platforms: [],
    category: 'quality',
    tags: ['damaged', 'broken', 'photo', 'replacement'],
    shortcut: null,
    body: `Gentile {{buyerName}},

mi dispiace davvero che l'articolo ({{itemTitle}}) le sia arrivato danneggiato.

Potrebbe rispondere a questo messaggio con una foto del danno e dell'imballo esterno? Ci aiuta per il reclamo al corriere e per migliorare il nostro imballaggio. Appena ricevo la foto, le invierò un prodotto sostitutivo o le rimborserò l'intero importo, come preferisce. {{cursor}}

Ancora scuse per il disagio.

Cordiali saluti,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Damaged item · ja',
    language: 'ja',
    platforms: [],
    category: 'quality',
    tags: ['damaged', 'broken', 'photo', 'replacement'],
    shortcut: null,
    body: `{{buyerName}} 様

{{shopName}}の{{agentName}}です。
お届けした{{itemTitle}}が破損していたとのこと、大変申し訳ございません。

お手数ですが、破損箇所と外箱の写真を本メッセージへのご返信でお送りいただけますでしょうか。配送業者への申請と梱包の改善に役立てさせていただきます。
写真を確認次第、代替品の発送または全額返金のいずれか、ご希望の方法で対応いたします。{{cursor}}

ご迷惑をおかけし、誠に申し訳ございません。

{{shopName}}
{{agentName}}`,
  },
  {
    name: 'Damaged item · Etsy · en',
    language: 'en',
    platforms: ['etsy'],
    category: 'quality',
    tags: ['damaged', 'broken', 'photo', 'remake'],
    shortcut: null,
    body: `Hi {{buyerFirstName}},

Oh no, I'm so sorry your {{itemTitle}} arrived damaged! I pack every order with care, so this is really disappointing to hear.

Could you send me a quick photo of the damage and the packaging here in our conversation? As soon as I see it, I'll make you a new one or refund you through Etsy, whichever you'd prefer. {{cursor}}

Thank you for your patience, and sorry again.

Warmly,
{{agentName}}
{{shopName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Cancellation.
  {
    name: 'Order cancelled · en',
    language: 'en',
    platforms: [],
    category: 'order',
    tags: ['cancellation', 'cancel', 'cancelled'],
    shortcut: null,
    body: `Hello {{buyerName}},

As you requested, I have cancelled your order {{orderId}}. If a payment was already taken, it is refunded in full to your original payment method; you do not need to do anything else.
{{cursor}}
Thank you for letting us know in time.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Order cancelled · de',
    language: 'de',
    platforms: [],
    category: 'order',
    tags: ['cancellation', 'cancel', 'cancelled'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

wie gewünscht habe ich Ihre Bestellung {{orderId}} storniert. Falls bereits eine Zahlung erfolgt ist, wird sie Ihnen vollständig auf die ursprüngliche Zahlungsmethode erstattet; Sie müssen nichts weiter tun.
{{cursor}}
Vielen Dank, dass Sie uns rechtzeitig Bescheid gegeben haben.

Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Order cancelled · fr',
    language: 'fr',
    platforms: [],
    category: 'order',
    tags: ['cancellation', 'cancel', 'cancelled'],
    shortcut: null,
    body: `Bonjour {{buyerName}},

Comme vous l'avez demandé, nous avons annulé votre commande {{orderId}}. Si un paiement a déjà été prélevé, il vous sera intégralement remboursé sur votre moyen de paiement d'origine ; vous n'avez rien d'autre à faire.
{{cursor}}
Merci de nous avoir prévenus à temps.

Cordialement,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Order cancelled · es',
    language: 'es',
    platforms: [],
    category: 'order',
    tags: ['cancellation', 'cancel', 'cancelled'],
    shortcut: null,
    body: `Hola, {{buyerName}}:

Tal como nos pidió, hemos cancelado su pedido {{orderId}}. Si ya se había realizado algún cargo, se le reembolsará íntegramente en su método de pago original; no tiene que hacer nada más.
{{cursor}}
Gracias por avisarnos a tiempo.

Un cordial saludo,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Order cancelled · it',
    language: 'it',
    platforms: [],
    category: 'order',
    tags: ['cancellation', 'cancel', 'cancelled'],
    shortcut: null,
    body: `Gentile {{buyerName}},

come richiesto, abbiamo annullato il suo ordine {{orderId}}. Se è già stato effettuato un addebito, le verrà rimborsato per intero sul metodo di pagamento originale; non deve fare nient'altro.
{{cursor}}
Grazie per averci avvisato in tempo.

Cordiali saluti,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Order cancelled · ja',
    language: 'ja',
    platforms: [],
    category: 'order',
    tags: ['cancellation', 'cancel', 'cancelled'],
    shortcut: null,
    body: `{{buyerName}} 様

{{shopName}}の{{agentName}}です。
ご依頼のとおり、ご注文（注文番号：{{orderId}}）をキャンセルいたしました。すでにお支払いが発生している場合は、ご購入時のお支払い方法へ全額返金されますので、お客様の方でのお手続きは不要です。
{{cursor}}
早めにご連絡いただき、ありがとうございました。

{{shopName}}
{{agentName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Thank you.
  {
    name: 'Thank you · en',
    language: 'en',
    platforms: [],
    category: 'feedback',
    tags: ['thank-you', 'thanks', 'arrived', 'kind words'],
    shortcut: 'alt+7',
    body: `Hello {{buyerName}},

Thank you for letting us know that your order arrived safely. I am glad to hear you are happy with it. {{cursor}}

If you ever have a question about {{itemTitle}}, just reply to this message.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Thank you · de',
    language: 'de',
    platforms: [],
    category: 'feedback',
    tags: ['thank-you', 'thanks', 'arrived', 'kind words'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

vielen Dank für Ihre Nachricht! Schön zu hören, dass Ihre Bestellung gut angekommen ist und Ihnen gefällt. {{cursor}}

Falls Sie einmal Fragen zu {{itemTitle}} haben, antworten Sie einfach auf diese Nachricht.

Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Thank you · fr',
    language: 'fr',
    platforms: [],
    category: 'feedback',
    tags: ['thank-you', 'thanks', 'arrived', 'kind words'],
    shortcut: null,
    body: `Bonjour {{buyerName}},

Merci pour votre message ! Nous sommes ravis que votre commande soit bien arrivée et qu'elle vous plaise. {{cursor}}

Si vous avez la moindre question au sujet de {{itemTitle}}, il vous suffit de répondre à ce message.

Cordialement,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Thank you · es',
    language: 'es',
    platforms: [],
    category: 'feedback',
    tags: ['thank-you', 'thanks', 'arrived', 'kind words'],
    shortcut: null,
    body: `Hola, {{buyerName}}:

¡Muchas gracias por su mensaje! Nos alegra mucho saber que su pedido ha llegado bien y que le gusta. {{cursor}}

Si alguna vez tiene una pregunta sobre {{itemTitle}}, solo tiene que responder a este mensaje.

Un cordial saludo,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Thank you · it',
    language: 'it',
    platforms: [],
    category: 'feedback',
    tags: ['thank-you', 'thanks', 'arrived', 'kind words'],
    shortcut: null,
    body: `Gentile {{buyerName}},

grazie mille per il suo messaggio! Siamo felici che il suo ordine sia arrivato bene e che le piaccia. {{cursor}}

Se avesse domande su {{itemTitle}}, basta rispondere a questo messaggio.

Cordiali saluti,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Thank you · ja',
    language: 'ja',
    platforms: [],
    category: 'feedback',
    tags: ['thank-you', 'thanks', 'arrived', 'kind words'],
    shortcut: null,
    body: `{{buyerName}} 様

{{shopName}}の{{agentName}}です。
商品が無事に届いたとのご連絡、誠にありがとうございます。お気に召していただけたようで、大変うれしく思います。{{cursor}}

{{itemTitle}}について何かご不明な点がございましたら、いつでも本メッセージにご返信ください。

今後ともよろしくお願い申し上げます。

{{shopName}}
{{agentName}}`,
  },
  {
    name: 'Thank you · eBay · en',
    language: 'en',
    platforms: ['ebay'],
    category: 'feedback',
    tags: ['thank-you', 'thanks', 'feedback left'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for your purchase and for the smooth transaction. I have left positive feedback for you on eBay. {{cursor}}

If anything about {{itemTitle}} is not as you expected, please message me and I will make it right.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Thank you · Etsy · en',
    language: 'en',
    platforms: ['etsy'],
    category: 'feedback',
    tags: ['thank-you', 'thanks', 'kind words'],
    shortcut: null,
    body: `Hi {{buyerFirstName}},

Thank you so much for your lovely message, it truly made my day! I'm so glad {{itemTitle}} arrived safely and that you like it. {{cursor}}

If you have a moment, a review on Etsy helps a small shop like mine more than you might think, but there's no pressure at all.

Warm wishes,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Follow-up: all sorted? · en',
    language: 'en',
    platforms: [],
    category: 'feedback',
    tags: ['follow-up', 'check in', 'resolved'],
    shortcut: null,
    body: `Hello {{buyerName}},

I just wanted to check that everything is now in order with order {{orderId}}. {{cursor}}

If anything is still not right, reply to this message and I will take care of it.

Kind regards,
{{agentName}}
{{shopName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Disputes: claims, requests and unhappy buyers.
  {
    name: 'A-to-z claim response · Amazon · en',
    language: 'en',
    platforms: ['amazon'],
    category: 'dispute',
    tags: ['a-to-z', 'claim', 'guarantee', 'resolve'],
    shortcut: null,
    body: `Dear {{buyerName}},

I have seen the A-to-z Guarantee claim for order {{orderId}}, and I am sorry it has come to this. I would like to resolve it for you as quickly as possible.

Here is what I found: {{cursor}}

Based on this, I can send you a replacement or issue a full refund. Please reply to this message with your choice, and I will respond to the claim on Amazon as soon as it is done.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Item not received request · eBay · en',
    language: 'en',
    platforms: ['ebay'],
    category: 'dispute',
    tags: ['item not received', 'request', 'inr', 'tracking'],
    shortcut: null,
    body: `Hello {{buyerName}},

I have seen the item-not-received request you opened for {{itemTitle}} (order {{orderId}}), and I am sorry the parcel has not reached you yet.

The tracking number is {{trackingNumber}}, and as of {{today}} it shows: {{cursor}}

I will resolve this with you in the request on eBay: if the parcel does not arrive in the next few days, I will issue a full refund there, so you are covered either way. I will keep you updated in the request.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Item not received request · eBay · de',
    language: 'de',
    platforms: ['ebay'],
    category: 'dispute',
    tags: ['item not received', 'request', 'inr', 'tracking'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

ich habe Ihre Anfrage „Artikel nicht erhalten“ zu {{itemTitle}} (Bestellung {{orderId}}) gesehen. Es tut mir leid, dass das Paket noch nicht bei Ihnen angekommen ist.

Die Sendungsnummer lautet {{trackingNumber}}; am {{today}} zeigt die Sendungsverfolgung: {{cursor}}

Ich kläre das mit Ihnen in der Anfrage bei eBay: Sollte das Paket in den nächsten Tagen nicht ankommen, erstatte ich Ihnen dort den vollen Kaufpreis. Sie sind also in jedem Fall abgesichert.

Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Help request · Etsy · en',
    language: 'en',
    platforms: ['etsy'],
    category: 'dispute',
    tags: ['help request', 'case', 'resolve'],
    shortcut: null,
    body: `Hi {{buyerFirstName}},

I saw that you asked Etsy for help with order {{orderId}}, and I'm really sorry things got to that point. I'd love to put this right for you myself.

Here's what I can do: {{cursor}}

Just reply here and let me know what works best for you. Once we've sorted it out together, you can close the help request on Etsy.

Warmly,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Upset buyer · en',
    language: 'en',
    platforms: [],
    category: 'dispute',
    tags: ['upset', 'complaint', 'escalation', 'make it right'],
    shortcut: null,
    body: `Hello {{buyerName}},

I am sorry that your experience with order {{orderId}} has been so frustrating, and I understand why you are upset. I want to fix this properly.

Here is what I can offer: {{cursor}}

Please reply and let me know which option you prefer, and I will take care of it right away.

Kind regards,
{{agentName}}
{{shopName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Orders: changes before shipping.
  {
    name: 'Address change · Amazon · en',
    language: 'en',
    platforms: ['amazon'],
    category: 'order',
    tags: ['address change', 'wrong address', 'update address'],
    shortcut: null,
    body: `Dear {{buyerName}},

Thank you for your message about order {{orderId}}. For your security, Amazon does not let sellers change the delivery address of an order. If the order has not shipped yet, you may be able to change it yourself under Your Orders; otherwise, please cancel the order there and place it again with the correct address, and I will make sure the new order ships promptly.
{{cursor}}
Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Address change · eBay · en',
    language: 'en',
    platforms: ['ebay'],
    category: 'order',
    tags: ['address change', 'wrong address', 'update address'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for letting me know. To keep your purchase covered by the eBay Money Back Guarantee, I can only ship to the address on the eBay order. As the order has not shipped yet, the quickest way is to ask for a cancellation in your eBay purchase history and buy the item again with the right address; I will ship the new order promptly.
{{cursor}}
Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Address change · Etsy · en',
    language: 'en',
    platforms: ['etsy'],
    category: 'order',
    tags: ['address change', 'wrong address', 'update address'],
    shortcut: null,
    body: `Hi {{buyerFirstName}},

Thanks for letting me know! Your order hasn't shipped yet, so I can still send it to a new address. Please reply with the full address, including the postcode and country, and I'll update it before it goes out. {{cursor}}

Just so you know: Etsy's purchase protection covers the address on the order, so please confirm the new one here in writing.

Warmly,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Cannot cancel, already shipped · en',
    language: 'en',
    platforms: [],
    category: 'order',
    tags: ['cancellation', 'already shipped', 'refuse delivery'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for your message. I am sorry, but your order {{orderId}} had already shipped when your cancellation request reached us, so I can no longer stop it. The tracking number is {{trackingNumber}}.

When the parcel arrives, you can refuse the delivery or return it unopened, and I will refund you as soon as it is back with us.
{{cursor}}
Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Personalization check · Etsy · en',
    language: 'en',
    platforms: ['etsy'],
    category: 'order',
    tags: ['personalization', 'custom', 'confirm details'],
    shortcut: null,
    body: `Hi {{buyerFirstName}},

Thank you for your order! Before I start making your {{itemTitle}}, I'd like to double-check the personalization so it's exactly right:

{{cursor}}

Could you reply to confirm it's correct, or let me know any changes? I'll begin as soon as I hear from you.

Warmly,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Combined shipping · eBay · en',
    language: 'en',
    platforms: ['ebay'],
    category: 'order',
    tags: ['combined shipping', 'multiple items', 'postage'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for buying more than one item from us. To combine the shipping, please add the items to your cart and pay for them in one checkout. If you have already paid for them separately, I will ship them together and refund the extra postage through eBay.
{{cursor}}
Kind regards,
{{agentName}}
{{shopName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Products: questions before buying.
  {
    name: 'Product question · en',
    language: 'en',
    platforms: [],
    category: 'product',
    tags: ['pre-sale', 'question', 'details'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for your interest in {{itemTitle}}. {{cursor}}

If you have any other questions before ordering, I am happy to help.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Product question · de',
    language: 'de',
    platforms: [],
    category: 'product',
    tags: ['pre-sale', 'question', 'details'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

vielen Dank für Ihr Interesse an {{itemTitle}}. {{cursor}}

Wenn Sie vor der Bestellung noch weitere Fragen haben, helfe ich Ihnen gern weiter.

Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Size or compatibility · en',
    language: 'en',
    platforms: [],
    category: 'product',
    tags: ['size', 'compatibility', 'fit', 'measurements'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for your question about {{itemTitle}}. Here are the details you asked about:

{{cursor}}

If you tell me the model or the measurements you need it for, I can confirm whether it fits before you order.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Out of stock · en',
    language: 'en',
    platforms: [],
    category: 'product',
    tags: ['stock', 'restock', 'availability'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for asking about {{itemTitle}}. It is out of stock at the moment, and we expect new stock {{cursor}}. As soon as it is available again, the listing will show it as in stock.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Custom order request · Etsy · en',
    language: 'en',
    platforms: ['etsy'],
    category: 'product',
    tags: ['custom order', 'made to order', 'commission'],
    shortcut: null,
    body: `Hi {{buyerFirstName}},

Thank you so much for thinking of us for something special! I'd love to make this for you.

To get started, could you tell me: {{cursor}}

Once we've agreed on the details, I'll create a custom listing just for you here on Etsy, so you can check out as usual and your order stays covered by Etsy's purchase protection.

Warmly,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Delivery time question · en',
    language: 'en',
    platforms: [],
    category: 'product',
    tags: ['delivery time', 'how long', 'pre-sale', 'shipping time'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for your question. We ship within 1–2 business days of your order, and delivery to your country usually takes {{cursor}} business days after that. The estimated delivery date is shown at checkout, and you will get a tracking number as soon as your order ships.

Kind regards,
{{agentName}}
{{shopName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Quality: wrong, defective or not as described.
  {
    name: 'Wrong item sent · en',
    language: 'en',
    platforms: [],
    category: 'quality',
    tags: ['wrong item', 'mix-up', 'replacement'],
    shortcut: null,
    body: `Hello {{buyerName}},

I am very sorry: you received the wrong item for order {{orderId}}. That is our mistake.

I will send you the correct item ({{itemTitle}}) right away, at no cost to you. {{cursor}} You do not need to return the wrong item first; if a return is needed, I will arrange it so that it costs you nothing.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Wrong item sent · de',
    language: 'de',
    platforms: [],
    category: 'quality',
    tags: ['wrong item', 'mix-up', 'replacement'],
    shortcut: null,
    body: `Guten Tag {{buyerName}},

es tut mir sehr leid: Sie haben zu Bestellung {{orderId}} den falschen Artikel erhalten. Das ist unser Fehler.

Ich schicke Ihnen den richtigen Artikel ({{itemTitle}}) umgehend und für Sie kostenlos zu. {{cursor}} Den falschen Artikel müssen Sie nicht vorab zurücksenden; falls eine Rücksendung nötig ist, organisiere ich sie so, dass Ihnen keine Kosten entstehen.

Freundliche Grüße
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Defective item, troubleshooting · en',
    language: 'en',
    platforms: [],
    category: 'quality',
    tags: ['defective', 'not working', 'troubleshooting', 'faulty'],
    shortcut: null,
    body: `Hello {{buyerName}},

I am sorry that {{itemTitle}} is not working as it should. Before anything else, could you please try the following? It often solves the problem:

{{cursor}}

If it still does not work, please reply with a short description, or a photo or video of the problem, and I will send you a replacement or a full refund, whichever you prefer.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Not as described, return accepted · eBay · en',
    language: 'en',
    platforms: ['ebay'],
    category: 'quality',
    tags: ['not as described', 'return request', 'return accepted'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for the return request for {{itemTitle}} (order {{orderId}}), and I am sorry the item is not what you expected from the listing.

I have accepted the return on eBay. You will find a prepaid return label in the return request, so the return postage is on us. As soon as the item is back with us, I will issue your full refund through eBay.
{{cursor}}
If you would rather keep the item with a partial refund, just let me know here.

Kind regards,
{{agentName}}
{{shopName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Shipping problems.
  {
    name: 'Customs and import charges · en',
    language: 'en',
    // Amazon collects import charges at checkout for most international orders: this one is for eBay and Etsy.
    platforms: ['ebay', 'etsy'],
    category: 'shipping',
    tags: ['customs', 'import duties', 'vat', 'held at customs'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for your message about order {{orderId}}. Your parcel is currently being processed by customs in your country. {{cursor}}

For international orders, customs may charge import duties or VAT on delivery, depending on your country's rules and the value of the order. If the carrier asks you for a payment, that request comes from them or from customs, not from us; if you are unsure whether it is genuine, reply here and I will check it with you.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Delivered but not received · en',
    language: 'en',
    platforms: [],
    category: 'shipping',
    tags: ['delivered not received', 'missing parcel', 'carrier investigation'],
    shortcut: null,
    body: `Hello {{buyerName}},

I am sorry to hear that the parcel for order {{orderId}} shows as delivered but has not reached you. This sometimes happens when a carrier scans a parcel as delivered a little early or leaves it in a safe place.

Could you please check with your neighbours, your building's mailroom and any safe place around your home, and look for a delivery card? The tracking ({{trackingNumber}}) shows: {{cursor}}

In the meantime I have opened an investigation with the carrier. If the parcel has not turned up within 2 business days, please let me know and I will send a replacement or refund you.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Address problem, parcel returning · en',
    language: 'en',
    platforms: [],
    category: 'shipping',
    tags: ['undeliverable', 'returned to sender', 'address problem'],
    shortcut: null,
    body: `Hello {{buyerName}},

The carrier has told us that they could not deliver your order {{orderId}} because of a problem with the delivery address, and the parcel is now on its way back to us. {{cursor}}

Could you please confirm your full address, including the house number and postcode? Once the parcel is back, I will reship it or refund you, whichever you prefer.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Lost parcel, replacement sent · en',
    language: 'en',
    platforms: [],
    category: 'shipping',
    tags: ['lost parcel', 'replacement', 'reship'],
    shortcut: null,
    body: `Hello {{buyerName}},

I am sorry: the carrier has confirmed that the parcel for order {{orderId}} was lost in transit. That is really frustrating, and not something you should have to deal with.

I have sent you a replacement today; the new tracking number is {{trackingNumber}}. {{cursor}} If you would rather have a refund instead, just reply and I will arrange it.

Kind regards,
{{agentName}}
{{shopName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Returns: after the request.
  {
    name: 'Return received, refund issued · eBay · en',
    language: 'en',
    platforms: ['ebay'],
    category: 'return',
    tags: ['return received', 'refund', 'return request'],
    shortcut: null,
    body: `Hello {{buyerName}},

Your return of {{itemTitle}} (order {{orderId}}) has arrived, thank you. I have issued your refund through eBay, and you can see it in the return details. Depending on your payment method, it can take a few business days to appear in your account.
{{cursor}}
Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Exchange · Etsy · en',
    language: 'en',
    platforms: ['etsy'],
    category: 'return',
    tags: ['exchange', 'swap', 'different size'],
    shortcut: null,
    body: `Hi {{buyerFirstName}},

Of course, I'm happy to exchange it for you! Please send {{itemTitle}} back unused to the address below, and let me know what you'd like instead:

{{cursor}}

As soon as it arrives, I'll send the new one on its way and share the tracking with you here.

Warmly,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Return period ended · en',
    language: 'en',
    platforms: [],
    category: 'return',
    tags: ['return window', 'too late', 'return period'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for your message about order {{orderId}}. I am sorry, but the return period for this order ended on {{cursor}}, so I am unable to accept a return for a change of mind.

If the item has a defect, please tell me more about it and send a photo: a fault is a different matter, and I will gladly help you with it.

Kind regards,
{{agentName}}
{{shopName}}`,
  },

  // ------------------------------------------------------------------------------------------------------------
  // Other.
  {
    name: 'Invoice request · Amazon · en',
    language: 'en',
    platforms: ['amazon'],
    category: 'other',
    tags: ['invoice', 'vat invoice', 'receipt'],
    shortcut: null,
    body: `Dear {{buyerName}},

Thank you for your message. The invoice for order {{orderId}} is available in your Amazon account: go to Your Orders, find this order and select "Invoice". {{cursor}}

If you need a VAT invoice with your company details, please reply with the company name, address and VAT number, and I will issue it for you.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'Invoice request · en',
    language: 'en',
    platforms: ['ebay', 'etsy'],
    category: 'other',
    tags: ['invoice', 'vat invoice', 'receipt'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for your message. Please find the invoice for order {{orderId}} attached. {{cursor}}

If you need different details on it, such as a company name or VAT number, just reply with them and I will send you an updated invoice.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
  {
    name: 'General reply · en',
    language: 'en',
    platforms: [],
    category: 'other',
    tags: ['general', 'blank', 'reply'],
    shortcut: null,
    body: `Hello {{buyerName}},

Thank you for your message. {{cursor}}

If you have any other questions, just reply to this message.

Kind regards,
{{agentName}}
{{shopName}}`,
  },
];
