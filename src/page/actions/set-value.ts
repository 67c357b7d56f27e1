type ValueElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Sets `value` through the prototype's native setter. Frameworks (React, Preact, Vue) wrap the
 * instance's value property to track changes; going around the wrapper makes the following input
 * event look like a user edit to them.
 */
export function setNativeValue(el: ValueElement, value: string): void {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'value');
    if (desc?.set) {
      desc.set.call(el, value);
      return;
    }
    proto = Object.getPrototypeOf(proto);
  }
  el.value = value;
}
