// French triage rules (Amazon.fr, eBay.fr, Etsy): buyers' everyday words. Elisions split like the message
// does ("l'adresse" = 'l adresse'); 'ne … pas' is caught by 'ne'/'n' before the verb. Syntax: ../language-rules.ts.
import type { LanguageRules } from '../language-rules';

export const fr: LanguageRules = {
  language: 'fr',
  keywords: [
    {
      category: 'dispute',
      weight: 3,
      negatable: false,
      threat: true,
      words: [
        'litige*', 'ouvrir|ouvert|ouvrirai|ouvre|ouvrir un|une litige|reclamation|dossier|cas|plainte', 'reclamation aupres', 'garantie a a z',
        'garantie de a a z', 'a a z', 'opposition', 'retrofacturation', 'chargeback', 'avocat*', 'tribunal', 'porter|porterai|porte plainte', 'plainte',
        'police', 'gendarmerie', 'dgccrf', 'ufc que choisir', '60 millions', 'association de consommateurs', 'avis negatif|negatifs',
        'mauvais avis|commentaire', 'mauvaise note|evaluation', 'evaluation|note|commentaire negative|negatif', 'une|1 etoile',
        'signaler|signalerai|signale ce|le|votre vendeur|annonce|compte', 'signaler a|aupres', 'aupres de paypal|ebay|amazon|etsy', 'a paypal|ebay|amazon|etsy', 'escroc*', 'escroquerie', 'ma banque',
      ],
    },
    { category: 'dispute', weight: 2, threat: true, negatable: false, words: ['arnaque*', 'fraude*', 'voleur*'] },
    {
      category: 'order',
      weight: 3,
      words: [
        'annul*', 'modifier|changer|corriger mon|l|d adresse', 'mauvaise adresse', 'nouvelle adresse', 'adresse de livraison', 'changement d adresse',
        'modifier|changer ma|la commande', 'ajouter a ma commande', 'commande par erreur', 'passee|passe par erreur',
        'avant l|d expedition|envoi', 'avant expedition', 'regrouper', 'grouper les envois|commandes', 'pas encore expedie|expediee|envoye',
      ],
    },
    { category: 'order', weight: 3, whenNegated: true, words: ['expedier', 'envoyer', 'expediez', 'envoyez'] },
    { category: 'order', weight: 2, words: ['erreur dans|sur mon|ma|l adresse', 'adresse', 'par erreur', 'trompe', 'trompee', 'ajouter', 'modifier'] },
    {
      category: 'return',
      weight: 3,
      negatable: false,
      words: [
        'rembours*', 'retourner', 'renvoyer', 'echang*', 'change d avis', 'retractation', 'etiquette|bon de retour', 'droit de retour', 'me convient|plait pas',
        'ne me convient|plait', 'retour produit|article', 'demande de retour',
      ],
    },
    { category: 'return', weight: 2, negatable: false, words: ['retour*', 'renvoi', 'trop petit|petite|grand|grande|large|serre|serree|court|courte|long|longue'] },
    { category: 'return', weight: 2, whenNegated: true, words: ['convient', 'plait', 'va'] },
    { category: 'return', weight: 1, negatable: false, words: ['remplacement'] },
    {
      category: 'quality',
      weight: 3,
      words: [
        'casse', 'cassee', 'casses', 'cassees', 'brise*', 'abime*', 'endommage*', 'defectueu*', 'defaut*', 'en panne', 'hs', 'fissur*', 'fele*', 'raye*', 'rayure*',
        'mauvais article|produit|modele|coloris|taille|objet', 'mauvaise couleur|taille|reference|piece', 'pas le bon|la bonne', 'au lieu de|du|des',
        'il manque', 'manquant*', 'manque une|un|des|deux|les', 'pas conforme', 'non conforme', 'pas comme sur la|les photo|photos',
        'different|differente de la|des photo|photos|description|annonce', 'mauvaise qualite', 'qualite mediocre', 'contrefacon', 'tache*', 'dechire*',
        'fuite', 'fuit', 'bancal*', 'ebreche*', 'decolle*', 'odeur', 'sent mauvais', 'rouille*', 'moisi*', 'troue*', 'abimee',
      ],
    },
    { category: 'quality', weight: 3, whenNegated: true, words: ['fonctionn*', 'marche', 'marchent', 'allume', 's allume', 'charge', 'correspond*', 'conforme'] },
    { category: 'quality', weight: 1, words: ['qualite', 'manque', 'faux'] },
    {
      category: 'shipping',
      weight: 3,
      words: [
        'ou est|sont ma|mon|la|le|mes? commande|colis|paquet|livraison|envoi|article', 'ou en est', 'numero de suivi', 'suivi', 'suivre mon|le colis|envoi',
        'douane*', 'toujours pas recu|recue|arrive|arrivee|livre', 'toujours rien', 'jamais recu|arrive|arrivee', 'quand sera t il|elle',
        'sera expedie|expediee|livre|livree', 'quand arrive|arrivera|recevrai', 'attends depuis', 'j attends toujours', 'delai de livraison',
        'indique livre|livree', 'marque comme? livre|livree', 'statut de livraison', 'colis perdu',
      ],
    },
    { category: 'shipping', weight: 3, whenNegated: true, words: ['recu', 'recue', 'arrive', 'arrivee', 'livre', 'livree', 'parvenu'] },
    { category: 'shipping', weight: 2, words: ['transporteur', 'la poste', 'colissimo', 'chronopost', 'mondial relay', 'dhl', 'ups', 'gls', 'dpd', 'retard*', 'perdu', 'bloque', 'en transit', 'livraison', 'expedition', 'expedie', 'expediee'] },
    { category: 'shipping', weight: 1.5, words: ['colis', 'quand', 'envoye'] },
    {
      category: 'product',
      weight: 3,
      words: [
        'en stock', 'compatible*', 'compatibilite', 'quelle taille|pointure', 'guide des tailles', 'dimensions', 'combien mesure*', 'quelle est la taille|matiere|dimension|hauteur|longueur|largeur',
        'avant de commander|acheter', 'je voudrais|souhaiterais|aimerais commander|acheter', 'livrez|expediez|envoyez vous en|au|aux|a', 'reassort', 'en quelle matiere',
        'est il|elle disponible*', 'taille grand|petit|normalement|juste', 'disponible en', 'existe t? il|elle en', 'fait en|de quelle',
      ],
    },
    { category: 'product', weight: 2, words: ['disponible*', 'disponibilite', 'matiere', 'mesures', 'avez vous', 'vous avez', 'existe', 'inclus', 'fourni', 'personnalis*', 'gravure', 'etanche'] },
    { category: 'product', weight: 1, words: ['taille', 'couleur', 'modele', 'coloris', 'pointure'] },
    { category: 'other', weight: 3, words: ['devis', 'facture', 'tva', 'grossiste', 'en gros', 'paye deux fois', 'debite deux fois'] },
    { category: 'other', weight: 2, words: ['remise*', 'reduction*', 'code promo', 'bon de reduction', 'compte', 'question', 'mot de passe'] },
  ],
  urgent: ['urgent*', 'urgence', 'immediatement', 'tout de suite', 'au plus vite', 'des que possible', 'au plus tot', 'sans delai', 'asap', 'rapidement', 'de toute urgence'],
  calm: ['rien d urgent', 'pas presse', 'pas pressee', 'sans urgence', 'prenez votre temps', 'aucune urgence', 'pas d urgence', 'quand vous pourrez', 'quand vous aurez le temps', 'rien ne presse', 'ca ne presse pas'],
  negators: ['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'sans', 'non', 'ni'],
  negationFillers: ['me', 'te', 'se', 'nous', 'vous', 'lui', 'le', 'la', 'les', 'l', 'y', 'en', 'est', 'sont', 'etait', 'a', 'ai', 'as', 'avons', 'avez', 'ont', 'du', 'tout', 'vraiment', 'tres', 'si', 'encore', 'toujours', 'de', 'd', 'un', 'une', 'mon', 'ma', 'mes', 'c', 'ce', 'ca', 'bien', 'j', 'je', 'il', 'elle', 'on', 'besoin', 'veux', 'plus', 'pas', 'correctement', 'ete'],
  repeated: ['troisieme|quatrieme|cinquieme|3e|3eme|4e|4eme fois', 'plusieurs fois|messages|relances', 'a plusieurs reprises', 'maintes fois', 'je vous relance encore', 'toujours pas de reponse', 'toujours aucune reponse'],
  thanks: ['merci*', 'je vous remercie', 'remerciements'],
  confirmations: ['bien recu', 'recu', 'bien arrive|arrivee', 'c est note', 'note', 'd accord', 'ok', 'okay', 'parfait', 'entendu', 'compris', 'tres bien', 'tout est ok|bon|parfait'],
  questionWords: ['ou', 'quand', 'comment', 'pourquoi', 'quel', 'quelle', 'quels', 'quelles', 'combien', 'est ce que|qu', 'pouvez|pourriez|pourrais vous', 'avez vous', 'est il|elle', 'serait il', 'puis je', 'qui', 'y a t il'],
  positive: ['livraison|expedition|envoi rapide|rapides', 'parfait*', 'super', 'genial', 'excellent*', 'ravi*', 'content*', 'satisfait*', 'magnifique', 'merveilleu*', 'top', 'impeccable', 'bravo', 'adore', 'superbe', 'je recommande'],
  negative: ['decu*', 'deception', 'inadmissible', 'inacceptable', 'scandale*', 'scandaleu*', 'honte*', 'nul', 'nulle', 'lamentable', 'furieu*', 'enerve*', 'mecontent*', 'pire', 'catastroph*', 'n importe quoi', 'agace*', 'exaspere*'],
  quoteHeaders: ['a ecrit:', 'a écrit:'],
  quoteSeparators: ['message d origine', 'message original', 'message transfere'],
  common: ['je', 'le', 'la', 'les', 'et', 'est', 'mon', 'ma', 'mes', 'pas', 'vous', 'un', 'une', 'de', 'pour', 'bonjour', 'que', 'il', 'ce', 'avec', 'sur', 'au', 'du', 'des', 'votre', 'merci', 'c', 'j', 'l', 'n', 'ai', 'svp', 'stp', 'toujours', 'bien', 'tres', 'cordialement', 'madame', 'monsieur', 'ou', 'quand'],
};
