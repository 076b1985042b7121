/**
 * The sample's register Veiligheidssignalen: one open concern about a client (not about a pairing,
 * entered by hand) and one handled concern about a pairing, so the demo's agenda opens with safety
 * and a suggestion shows its flag. Chosen by rule from the sample, no random draws: every other
 * figure of the sample stays as it is.
 */
import { Sample } from './model';

export interface SampleConcern {
  date: string;
  about: string;
  with: string | null;
  supervisor: string;
  text: string;
  source: string;
  status: string;
  action: string | null;
  handledOn: string | null;
}

export function sampleConcerns(sample: Sample): SampleConcern[] {
  const out: SampleConcern[] = [];
  // A participant nobody pairs as netwerker, so the open concern blocks no suggestion in the demo.
  const participant = sample.clients.find((c) => c.role === 'deelnemer' && c.active);
  if (participant) {
    out.push({
      date: '2026-10-06', about: participant.id, with: null, supervisor: participant.supervisor,
      text: `Buurvrouw meldt dat er 's avonds onbekenden bij ${participant.name.split(' ')[0]} aanbellen die om geld vragen.`,
      source: 'handmatig', status: 'open', action: null, handledOn: null,
    });
  }
  const pairing = sample.pairings.find((p) => p.status === 'actief');
  const client = pairing && sample.clients.find((c) => c.id === pairing.client);
  if (pairing && client) {
    out.push({
      date: '2026-05-15', about: pairing.networker, with: pairing.client, supervisor: client.supervisor,
      text: 'Samen naar een feest geweest waar veel gedronken werd; de cliënt voelde zich er niet prettig.',
      source: 'intervisie', status: 'afgehandeld', action: 'Afgesproken: activiteiten zonder alcohol, begeleider belt na elke afspraak.', handledOn: '2026-06-02',
    });
  }
  return out;
}
