'use client';

export interface CountryGroup {
  label: string;
  /** [code, name] */
  options: ReadonlyArray<readonly [string, string]>;
}

/**
 * The country filter. A client component only so that its ~250 options travel in the page's RSC
 * payload as compact data instead of one serialised element each; the HTML is the same either way,
 * and the form still works without JavaScript.
 */
export function CountrySelect({ id, name, defaultValue, anyLabel, groups }: { id: string; name: string; defaultValue: string; anyLabel: string; groups: CountryGroup[] }) {
  return (
    <select id={id} name={name} defaultValue={defaultValue}>
      <option value="">{anyLabel}</option>
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map(([code, countryName]) => (
            <option key={code} value={code}>
              {countryName}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
