import { readWorkbook } from '../../src/engine/read';
import { sheet } from './helpers';

const clients = sheet('Cliënten', [
  ['ID', 'Naam', 'Begeleider'],
  ['C1', 'Ann', 'Sanne de Vries'],
  ['C2', 'Bob', 'sanne DE vries'],
  ['C3', 'Cor', 'Onbekende Piet'],
  ['C4', 'Dre', null],
]);

describe('the Begeleiders sheet', () => {
  test('training date and a level per competence of the settings list; unknown names in Cliënten point at the cell', () => {
    const supervisors = sheet('Begeleiders', [
      ['Naam', 'Locatie', 'Getraind', 'Datum training', 'Netwerkkaart afnemen', 'Veiligheid bespreken', 'Hobby'],
      ['Sanne de Vries', 'De Linde', 'ja', '12-03-2026', 4, '2', 'tuinieren'],
      ['Karim Bakker', 'Zonnehof', 'nee', null, 7, null, null],
    ]);
    const { model, problems } = readWorkbook([clients, supervisors], { today: '2026-11-23' });
    expect(model.supervisors.map((s) => [s.name, s.trained, s.trainedOn, s.competences])).toEqual([
      ['Sanne de Vries', true, '2026-03-12', { 'netwerkkaart afnemen': 4, 'veiligheid bespreken': 2 }],
      ['Karim Bakker', false, null, {}],
    ]);
    expect(problems.map((p) => [p.severity, p.sheet, p.row, p.column, p.address])).toEqual([
      ['warning', 'Begeleiders', 3, 'Netwerkkaart afnemen', 'E3'],
      ['warning', 'Cliënten', 4, 'Begeleider', 'C4'],
    ]);
    expect(problems[1].message.nl).toContain('"Onbekende Piet" staat niet in het blad Begeleiders');
  });

  test('the competence list is a setting; without a Begeleiders sheet no name is questioned', () => {
    const settings = sheet('Instellingen', [
      ['Instelling', 'Waarde'],
      ['Competenties begeleiders', 'motiverende gespreksvoering; netwerkkaart afnemen'],
    ]);
    const supervisors = sheet('Begeleiders', [
      ['Naam', 'Motiverende gespreksvoering', 'Veiligheid bespreken'],
      ['Sanne de Vries', 3, 5],
      ['Onbekende Piet', null, null],
    ]);
    const { model } = readWorkbook([clients, supervisors, settings], { today: '2026-11-23' });
    expect(model.settings.supervisorCompetences).toEqual(['motiverende gespreksvoering', 'netwerkkaart afnemen']);
    expect(model.supervisors[0].competences).toEqual({ 'motiverende gespreksvoering': 3 });
    expect(readWorkbook([clients], { today: '2026-11-23' }).problems).toEqual([]);
  });
});
