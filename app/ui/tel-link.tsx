/** A phone number a phone can dial with one tap: the link drops spaces, the text keeps them. */
export function TelLink({ number }: { number: string }) {
  return <a href={`tel:${number.replace(/[^\d+]/g, "")}`}>{number}</a>;
}
