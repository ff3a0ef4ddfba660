/** 从本表复制: an indicator of another project of the same table as the starting point of the form. */
import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import type { Scheme } from "../../domain/indicator/taxonomy";
import { copyFromProject, type PickerForm } from "../../domain/picker";
import { useStrings } from "../i18n";
import { copySources, type Target } from "./picker-model";

export interface CopyFromProjectProps {
  target: Target;
  scheme: Scheme;
  onCopy: (form: PickerForm) => void;
}

function CopyFromProjectView({ target, scheme, onCopy }: CopyFromProjectProps): React.JSX.Element | null {
  const { t } = useStrings();
  const sources = React.useMemo(() => copySources(target), [target]);
  const [chosen, setChosen] = React.useState("");
  React.useEffect(() => setChosen(""), [target]);
  if (!sources.length) return null;
  const byProject = new Map<string, typeof sources>();
  for (const s of sources) byProject.set(s.project, [...(byProject.get(s.project) ?? []), s]);
  const choose = (id: string) => {
    setChosen(id);
    const source = sources.find((s) => s.id === id);
    if (source) onCopy(copyFromProject(source.indicator, scheme));
  };
  return (
    <Field label={t("picker.copy")} hint={t("picker.copyHint")}>
      <Select value={chosen} onChange={(_, d) => choose(d.value)} data-testid="picker-copy">
        <option value="" disabled>
          {t("picker.copyChoose")}
        </option>
        {[...byProject].map(([project, list]) => (
          <optgroup key={project} label={project}>
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {`${s.indicator.name?.text ?? ""}（${s.indicator.annualValue?.text ?? ""}）`}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
    </Field>
  );
}

/** Memoised: the list can hold hundreds of indicators and does not change while the form is typed. */
export const CopyFromProject = React.memo(CopyFromProjectView);
