interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  label: (option: T) => string;
  onChange: (selected: T[]) => void;
}

/** A fieldset of checkboxes for a small closed vocabulary (record kinds, themes, confidence). */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  label,
  onChange,
}: CheckboxGroupProps<T>) {
  const toggle = (option: T, checked: boolean) =>
    onChange(
      checked
        ? options.filter((o) => o === option || selected.includes(o))
        : selected.filter((o) => o !== option),
    );
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="filter-option">
          <input
            type="checkbox"
            checked={selected.includes(option)}
            onChange={(event) => toggle(option, event.currentTarget.checked)}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
