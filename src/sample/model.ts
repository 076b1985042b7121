/** The sample's people, contacts and pairings before they become sheet rows. */
import { Gender } from './vocabulary';

export interface Client {
  id: string;
  name: string;
  location: string;
  role: 'netwerker' | 'deelnemer' | 'beide';
  capacity: number | null;
  interests: string[];
  needs: string[];
  days: string[];
  birthYear: number;
  gender: Gender;
  genderPreference: Gender | null;
  supervisor: string;
  active: boolean;
  /** Toestemming koppelen. */
  consent: 'ja' | 'nee' | 'onbekend';
}

export interface Contact {
  name: string;
  sector: string;
  ring: number;
  frequency: string;
  support: string[];
  reciprocal: boolean;
  knows: string[];
}

export interface Pairing {
  networker: string;
  client: string;
  start: string;
  end: string | null;
  status: 'actief' | 'gepauzeerd' | 'beëindigd';
  reason: string | null;
}

export interface Sample {
  clients: Client[];
  competences: [string, string, number, string][];
  maps: Map<string, { baseline: Contact[] | null; t0: Contact[] | null; t1: Contact[] | null }>;
  pairings: Pairing[];
  exclusions: [string, string, string][];
}
