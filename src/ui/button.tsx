/** Buttons and button-styled links, at least 44 px tall for touch. */
import type { ComponentPropsWithRef } from 'react';
import type { LinkProps } from 'react-router';
import { Link } from 'react-router';

type Variant = 'primary' | 'secondary' | 'quiet';

/** A button's own props, `ref` included (React 19 passes it as a prop), so focus can be moved to it. */
export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: Variant;
}

export function Button({ variant = 'primary', className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={`button button--${variant}${className ? ` ${className}` : ''}`} {...rest} />;
}

export function ButtonLink({ variant = 'primary', className, ...rest }: LinkProps & { variant?: Variant }) {
  return <Link className={`button button--${variant}${className ? ` ${className}` : ''}`} {...rest} />;
}
