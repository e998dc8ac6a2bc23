// How to reach a reintegration service (issue 20 §3): phone, email, address and the counties it
// serves. One set of fields for adding a service and for correcting one.
import { useT } from "~/i18n/use-t";
import { CheckboxGroup, Field } from "~/ui/form";
import { errorsOf, type FormReply } from "~/utils/form-reply";

export function ServiceContactFields(props: {
  reply: FormReply | undefined;
  counties: { code: number; name: string }[];
  value: (name: "phone" | "email" | "address") => string | undefined;
  ticked: string[];
  /** Folded away (adding: most services serve the whole country). */
  foldCounties?: boolean;
}) {
  const t = useT();
  const { reply } = props;
  const counties = (
    <CheckboxGroup
      name="counties"
      legend={t(
        props.foldCounties ? "reintegration.add.countiesLegend" : "reintegration.add.counties",
      )}
      hint={t("reintegration.add.countiesHint")}
      options={props.counties.map((c) => ({ value: String(c.code), label: c.name }))}
      checked={props.ticked}
      errors={errorsOf(reply, "counties")}
    />
  );
  return (
    <>
      <Field
        id="phone"
        label={t("reintegration.col.phone")}
        required
        errors={errorsOf(reply, "phone")}
        inputProps={{
          name: "phone",
          type: "tel",
          maxLength: 40,
          defaultValue: props.value("phone"),
        }}
      />
      <Field
        id="email"
        label={t("reintegration.add.email")}
        errors={errorsOf(reply, "email")}
        inputProps={{
          name: "email",
          type: "email",
          maxLength: 200,
          defaultValue: props.value("email"),
        }}
      />
      <Field
        id="address"
        label={t("reintegration.add.address")}
        errors={errorsOf(reply, "address")}
        inputProps={{ name: "address", maxLength: 300, defaultValue: props.value("address") }}
      />
      {props.foldCounties ? (
        <details className="fold">
          <summary>{t("reintegration.add.counties")}</summary>
          {counties}
        </details>
      ) : (
        counties
      )}
    </>
  );
}
