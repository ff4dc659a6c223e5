/**
 * The support routes name the places an NHS colleague actually has, say what
 * to do if someone is at risk now, and hold nothing that would send the
 * leader off the device (no web or email addresses).
 */
import { describe, expect, it } from 'vitest';
import file from '../../content/support/support-routes.json';
import { SupportRoutesSchema } from './support-schema.ts';

const routes = SupportRoutesSchema.parse(file);
const names = routes.routes.map((route) => route.name);

describe('the support routes', () => {
  it('name occupational health, the employee assistance programme, restorative supervision with a professional nurse advocate, and your own GP', () => {
    expect(names).toEqual(expect.arrayContaining(['Occupational health', 'Employee assistance programme', 'Restorative supervision', 'Your GP']));
    expect(routes.routes.find((route) => route.name === 'Restorative supervision')!.description).toMatch(/professional nurse advocate/);
  });

  it('give a free line to call at any hour, and what to do if someone is at risk now', () => {
    expect(routes.routes.find((route) => route.name === 'Samaritans')!.description).toMatch(/116 123.*day or night/);
    expect(routes.urgent).toMatch(/999/);
    expect(routes.urgent).toMatch(/A&E/);
    expect(routes.urgent).toMatch(/NHS 111/);
  });

  it('hold no links that would leave the device', () => {
    expect(JSON.stringify(routes)).not.toMatch(/https?:|www\.|@[a-z]/i);
  });
});
