/**
 * Moves the keyboard focus to a control when it appears: the confirm button of a question
 * that replaced the button which asked it, so the focus does not fall back to the page.
 */
export function focusOnMount(node: HTMLElement): void {
  node.focus();
}
