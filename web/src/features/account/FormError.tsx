/** An error about the whole form (not one field), announced when it appears. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert" className="account-form-error">
      {message && <p>{message}</p>}
    </div>
  );
}
