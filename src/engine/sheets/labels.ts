/** How people appear on printable outputs, per the privacy setting: names, initials or IDs. */
import { Client, Privacy } from '../model';

export function initials(name: string): string {
  const parts = name
    .replace(/[()[\]{}"']/g, ' ')
    .split(/[\s.\-_/]+/)
    .filter(Boolean);
  // Dutch surname particles stay lower case and count: "Jan van Dijk" → "J.v.D."
  const letters = parts.map((p) => (/^(van|de|der|den|het|ten|ter|te|op|in|la|le|du|da|von)$/i.test(p) ? p[0].toLowerCase() : p[0].toUpperCase()));
  return letters.length ? `${letters.join('.')}.` : '?';
}

/** A client as shown on printable outputs. */
export function clientLabel(client: Client | undefined, id: string, privacy: Privacy): string {
  if (!client) return id;
  if (privacy === 'ids') return client.id;
  if (privacy === 'initials') return `${initials(client.name)} (${client.id})`;
  return client.name;
}

/** A contact on a network map: contacts have no IDs, so "ids" shows initials too. */
export function contactLabel(name: string, privacy: Privacy): string {
  return privacy === 'names' ? name : initials(name);
}
