/**
 * The names of a network map's figures and what each one means, in plain words: the same on the
 * map sheet, in the Netwerkoverzicht and in the task pane.
 */
import { Bilingual } from '../i18n';

export type FigureKey = 'size' | 'professionalShare' | 'informalShare' | 'fellowClients' | 'reciprocal' | 'density' | 'added' | 'lost' | 'kept' | 'sizeChange' | 'overlap';

export const FIGURE_WORDS: Record<FigureKey, { label: Bilingual; explain: Bilingual }> = {
  size: { label: { nl: 'Grootte (contacten)', en: 'Size (contacts)' }, explain: { nl: 'Hoeveel mensen op de kaart staan.', en: 'How many people are on the map.' } },
  professionalShare: {
    label: { nl: 'Aandeel hulpverleners', en: 'Share of professionals' },
    explain: { nl: 'Welk deel van de contacten hulpverlener is.', en: 'Which part of the contacts are professionals.' },
  },
  informalShare: {
    label: { nl: 'Aandeel informeel', en: 'Informal share' },
    explain: { nl: 'Welk deel geen hulpverlener en geen medecliënt is: familie, vrienden, buren, werk.', en: 'Which part are neither professionals nor fellow clients: family, friends, neighbours, work.' },
  },
  fellowClients: {
    label: { nl: 'Contacten die cliënt zijn', en: 'Contacts who are clients' },
    explain: { nl: 'Hoeveel contacten zelf cliënt zijn (sector medecliënten).', en: 'How many contacts are clients themselves (fellow clients sector).' },
  },
  reciprocal: {
    label: { nl: 'Wederzijdse contacten', en: 'Mutual contacts' },
    explain: { nl: 'Contacten die ook de cliënt tot hun netwerk rekenen.', en: 'Contacts who count the client in their network too.' },
  },
  density: {
    label: { nl: 'Dichtheid (kennen elkaar)', en: 'Density (know each other)' },
    explain: {
      nl: 'Hoeveel van de contacten elkaar ook kennen: 0 = niemand, 1 = iedereen. Onbekend als nergens staat wie wie kent.',
      en: 'How many of the contacts know each other too: 0 = nobody, 1 = everybody. Unknown when nothing says who knows whom.',
    },
  },
  added: { label: { nl: 'Erbij gekomen', en: 'Added' }, explain: { nl: 'Mensen op de nieuwe kaart die op de vorige niet stonden.', en: 'People on the new map who were not on the previous one.' } },
  lost: { label: { nl: 'Weggevallen', en: 'Lost' }, explain: { nl: 'Mensen van de vorige kaart die nu ontbreken.', en: 'People from the previous map who are missing now.' } },
  kept: { label: { nl: 'Gebleven', en: 'Kept' }, explain: { nl: 'Mensen die op beide kaarten staan.', en: 'People on both maps.' } },
  sizeChange: { label: { nl: 'Verschil in grootte', en: 'Size change' }, explain: { nl: 'Nieuwe grootte min vorige grootte.', en: 'New size minus previous size.' } },
  overlap: {
    label: { nl: 'Overlap met vorige kaart', en: 'Overlap with previous map' },
    explain: {
      nl: 'Welk deel van alle mensen op de twee kaarten op allebei staat: 0 = helemaal anders, 1 = dezelfde mensen.',
      en: 'Which part of everybody on the two maps is on both: 0 = all different, 1 = the same people.',
    },
  },
};
