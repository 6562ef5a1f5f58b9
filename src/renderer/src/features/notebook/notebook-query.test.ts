import { describe, expect, it } from 'vitest';
import { colorOf, withColor } from './notebook-query';

describe('notebook query helpers', () => {
  it('sets, replaces and removes the colour of a query', () => {
    expect(withColor('阿里 tag:C2M', 'green')).toBe('阿里 tag:C2M color:green');
    expect(withColor('阿里 color:green', 'pink')).toBe('阿里 color:pink');
    expect(withColor('color:green 阿里', null)).toBe('阿里');
    expect(colorOf('阿里 color:pink')).toBe('pink');
    expect(colorOf('color:pink color:green')).toBeNull();
  });
});
