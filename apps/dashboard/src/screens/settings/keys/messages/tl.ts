import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Mga API key',
  intro:
    'Sa isang key, magagamit ng server o script ang API bilang may-ari ng proyektong ito (Authorization: Bearer sk_…). Bigyan ng sariling key ang bawat isa, para ma-revoke mo ang isa nang hindi ginagalaw ang iba.',
  newName: 'Pangalan ng bagong key',
  newPlaceholder: 'Export sa CRM',
  create: 'Gumawa ng key',
  creating: 'Ginagawa…',
  empty: 'Wala pang API key.',
  list: 'Mga key ng proyektong ito',
  prefix: 'Nagsisimula sa',
  created: 'Ginawa {when}',
  createdBy: 'Ginawa {when} ni {who}',
  lastUsed: 'Huling ginamit {when}',
  neverUsed: 'Hindi pa nagagamit',
  previousSecret: 'lumang secret',
  statuses: {
    active: 'Aktibo',
    expiring: 'Titigil {when}',
    revoked: 'Na-revoke {when}',
  },
  revoke: 'I-revoke',
  rotate: 'I-rotate',
  working: 'Ginagawa…',
  confirmRevoke:
    'I-revoke ang “{name}”? Tatanggihan na mula ngayon ang bawat request na gagamit nito. Hindi na ito maibabalik.',
  revokeYes: 'I-revoke ang key',
  rotateTitle: 'I-rotate ang “{name}”: magkakaroon ito ng bagong secret sa parehong pangalan.',
  grace: 'Ang lumang secret',
  graces: {
    now: 'titigil agad (kapag na-leak)',
    hour: 'gagana pa nang 1 oras',
    day: 'gagana pa nang 1 araw',
    week: 'gagana pa nang 7 araw',
  },
  rotateYes: 'I-rotate ang key',
  secret: {
    created: 'Ang secret ng “{name}”',
    rotated: 'Ang bagong secret ng “{name}”',
    warning:
      'Kopyahin ito ngayon at itago sa ligtas na lugar: hindi mo na ito makikita ulit. Fingerprint lang nito ang itinatago ng Pulse.',
    oldStops: 'Gagana pa ang lumang secret hanggang {when}: ilipat ang mga server mo sa bago bago noon.',
    oldStopped: 'Hindi na gumagana ang lumang secret.',
    done: 'Naitago ko na',
  },
  refusals: {
    key_revoked: 'Na-revoke na ang key na ito.',
    key_expiring: 'Na-rotate na ang key na ito: ang bago nitong key ang i-rotate.',
  },
  origins: {
    title: 'Mga pinapayagang origin',
    intro:
      'Ang mga website na ang mga page ay puwedeng magpadala ng sagot sa pamamagitan ng widget. Kapag walang nakalista, tinatanggap ang sagot mula sa kahit anong site.',
    entry: 'Origin {n}',
    placeholder: 'https://www.example.com',
    none: 'Walang nakalista: kahit anong website ay puwedeng magpadala ng sagot.',
    add: 'Magdagdag ng origin',
    remove: 'Alisin ang origin {n}',
    save: 'I-save ang mga origin',
    saving: 'Sine-save…',
    saved: 'Na-save. Susunod ang ibang proseso ng API sa loob ng 10 segundo.',
    invalid:
      'Hindi ito origin: scheme at host lang ang isulat (at port kung mayroon), gaya ng https://shop.example.com, nang walang path.',
    tooMany: 'Hanggang {count} origin lang ang puwede.',
  },
} satisfies Translation<typeof en>;
