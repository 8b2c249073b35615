import { describe, expect, it } from 'vitest';
import { TaskError } from './errors';
import { matchGlob } from './glob';
import { splitArguments } from './split';

const FILES = [
  '/input/import-1/b.png',
  '/input/import-1/a.png',
  '/input/import-1/c.jpg',
  '/input/import-1/my file.mp4',
  '/input/import-1/*.png',
];

const noMatch = (): readonly string[] => [];
const expandFiles = (pattern: string): readonly string[] => matchGlob(pattern, FILES);

function split(text: string): string[] {
  return splitArguments(text, expandFiles);
}

function captureError(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('splitArguments words', () => {
  it('returns no words for an empty string', () => {
    expect(split('')).toEqual([]);
  });

  it('returns no words for whitespace only', () => {
    expect(split(' \t\n ')).toEqual([]);
  });

  it('splits on single spaces', () => {
    expect(split('-i /input/import-1/a.png /output/out.jpg')).toEqual(['-i', '/input/import-1/a.png', '/output/out.jpg']);
  });

  it('collapses repeated spaces, tabs and newlines', () => {
    expect(split('  -y \t\t -i\n\na.mp4  \n')).toEqual(['-y', '-i', 'a.mp4']);
  });

  it('treats carriage return as whitespace', () => {
    expect(split('-i a.mp4\r\nout.mp4')).toEqual(['-i', 'a.mp4', 'out.mp4']);
  });

  it('keeps a double-quoted filter chain as one word', () => {
    expect(split('-vf "scale=640:-2,fps=10" out.mp4')).toEqual(['-vf', 'scale=640:-2,fps=10', 'out.mp4']);
  });

  it('keeps double quotes inside single quotes', () => {
    expect(split(`-metadata title='A "quoted" title'`)).toEqual(['-metadata', 'title=A "quoted" title']);
  });

  it('keeps single quotes inside double quotes', () => {
    expect(split(`-vf "drawtext=text='Hi there'"`)).toEqual(['-vf', "drawtext=text='Hi there'"]);
  });

  it('reads a double-quoted file name with a space', () => {
    expect(split('-i "/input/import-1/my file.mp4"')).toEqual(['-i', '/input/import-1/my file.mp4']);
  });

  it('reads a single-quoted file name with a space', () => {
    expect(split("-i '/input/import-1/my file.mp4'")).toEqual(['-i', '/input/import-1/my file.mp4']);
  });

  it('reads a backslash-escaped space', () => {
    expect(split('-i /input/import-1/my\\ file.mp4')).toEqual(['-i', '/input/import-1/my file.mp4']);
  });

  it('joins adjacent quoted and unquoted parts', () => {
    expect(split(`a'b'"c"`)).toEqual(['abc']);
  });

  it('makes an empty word from two single quotes', () => {
    expect(split("-metadata title='' out.mp4")).toEqual(['-metadata', 'title=', 'out.mp4']);
  });

  it('keeps a standalone empty argument', () => {
    expect(split("a '' b")).toEqual(['a', '', 'b']);
  });

  it('keeps a standalone empty double-quoted argument', () => {
    expect(split('a "" b')).toEqual(['a', '', 'b']);
  });

  it('keeps backslashes inside single quotes', () => {
    expect(split("'a\\b\\'")).toEqual(['a\\b\\']);
  });

  it('removes a backslash before " inside double quotes', () => {
    expect(split('"say \\"hi\\""')).toEqual(['say "hi"']);
  });

  it('removes a backslash before $ inside double quotes', () => {
    expect(split('"cost \\$5"')).toEqual(['cost $5']);
  });

  it('keeps a backslash before other characters inside double quotes', () => {
    expect(split('"select=gt(scene\\,0.4)"')).toEqual(['select=gt(scene\\,0.4)']);
  });

  it('joins lines at a backslash-newline', () => {
    expect(split('-i a.mp4 \\\n-c copy')).toEqual(['-i', 'a.mp4', '-c', 'copy']);
  });

  it('joins lines at a backslash-newline inside double quotes', () => {
    expect(split('"ab\\\ncd"')).toEqual(['abcd']);
  });

  it('keeps a newline inside single quotes', () => {
    expect(split("'a\nb'")).toEqual(['a\nb']);
  });

  it('allows ; inside a quoted filtergraph', () => {
    expect(split('-filter_complex "[0:v][1:v]overlay;[0:a]volume=2" out.mp4')).toEqual([
      '-filter_complex',
      '[0:v][1:v]overlay;[0:a]volume=2',
      'out.mp4',
    ]);
  });

  it('allows | > < & inside quotes', () => {
    expect(split(`'a|b' "c>d" 'e<f' "g&h"`)).toEqual(['a|b', 'c>d', 'e<f', 'g&h']);
  });

  it('allows escaped operators outside quotes', () => {
    expect(split('\\; \\| \\>')).toEqual([';', '|', '>']);
  });

  it('keeps a lone $ and $ before other characters', () => {
    expect(split('$ a$ "$" "100$%" $.')).toEqual(['$', 'a$', '$', '100$%', '$.']);
  });

  it('keeps $ expansions inside single quotes', () => {
    expect(split("'$HOME $(ls) `ls`'")).toEqual(['$HOME $(ls) `ls`']);
  });

  it('keeps ImageMagick parentheses and colors', () => {
    expect(split('\\( a.png -resize 50% \\) -fill #ff0000 +append out.png')).toEqual([
      '(',
      'a.png',
      '-resize',
      '50%',
      ')',
      '-fill',
      '#ff0000',
      '+append',
      'out.png',
    ]);
  });
});

describe('splitArguments globs', () => {
  it('expands an unquoted glob, sorted', () => {
    expect(split('/input/import-1/*.png')).toEqual(['/input/import-1/*.png', '/input/import-1/a.png', '/input/import-1/b.png']);
  });

  it('keeps a glob that matches nothing as written', () => {
    expect(split('/input/import-1/*.gif')).toEqual(['/input/import-1/*.gif']);
  });

  it('keeps an unmatched glob without its quotes', () => {
    expect(split('/input/"import 9"/*.gif')).toEqual(['/input/import 9/*.gif']);
  });

  it('passes a single-quoted glob literally', () => {
    expect(split("-pattern_type glob -i '/input/import-1/*.png'")).toEqual(['-pattern_type', 'glob', '-i', '/input/import-1/*.png']);
  });

  it('passes a double-quoted glob literally', () => {
    expect(split('"/input/import-1/*.png"')).toEqual(['/input/import-1/*.png']);
  });

  it('passes a backslash-escaped glob literally', () => {
    expect(split('/input/import-1/\\*.png')).toEqual(['/input/import-1/*.png']);
  });

  it('escapes quoted glob characters in the pattern', () => {
    const patterns: string[] = [];
    splitArguments(`/input/"import-1"/'*'*.png`, (pattern) => {
      patterns.push(pattern);
      return [];
    });
    expect(patterns).toEqual(['/input/import\\-1/\\**.png']);
  });

  it('matches a quoted * literally inside a glob', () => {
    expect(split(`/input/import-1/'*'.pn?`)).toEqual(['/input/import-1/*.png']);
  });

  it('expands a glob with a quoted space', () => {
    expect(split(`"/input/import-1/my file".m?4`)).toEqual(['/input/import-1/my file.mp4']);
  });

  it('does not call the expander for a word without a glob', () => {
    let calls = 0;
    splitArguments('-i "a*.png" b.png', () => {
      calls += 1;
      return [];
    });
    expect(calls).toBe(0);
  });

  it('sorts the matches of the expander', () => {
    expect(splitArguments('*.png', () => ['b.png', 'a.png'])).toEqual(['a.png', 'b.png']);
  });

  it('keeps the optional map suffix ? when nothing matches', () => {
    expect(splitArguments('-map 0:a?', noMatch)).toEqual(['-map', '0:a?']);
  });

  it('keeps an unquoted filtergraph label when nothing matches', () => {
    expect(splitArguments('-filter_complex [0:v][1:v]overlay', noMatch)).toEqual(['-filter_complex', '[0:v][1:v]overlay']);
  });
});

describe('splitArguments rejected syntax', () => {
  it.each([
    ['a | b', '"|" at position 3 is a pipe'],
    ['a || b', '"||" at position 3 is an OR list operator'],
    ['a && b', '"&&" at position 3 is an AND list operator'],
    ['a & b', '"&" at position 3 is a background operator'],
    ['a ; b', '";" at position 3 is a command separator'],
    ['a;b', '";" at position 2 is a command separator'],
    ['a > out.mp4', '">" at position 3 is a redirection'],
    ['a >> log', '">>" at position 3 is a redirection'],
    ['a 2>&1', '">&" at position 4 is a redirection'],
    ['a < in.mp4', '"<" at position 3 is a redirection'],
    ['-i $HOME/a.mp4', '"$HOME" at position 4 is a variable expansion'],
    ['-i ${HOME}/a.mp4', '"${HOME}" at position 4 is a parameter expansion'],
    ['-i $(ls)', '"$(ls)" at position 4 is a command substitution'],
    ['-i `ls`', '"`" at position 4 is a command substitution'],
    ['-i $1', '"$1" at position 4 is a special parameter expansion'],
    ['-i $?', '"$?" at position 4 is a special parameter expansion'],
    ['-i "$HOME/a.mp4"', '"$HOME" at position 5 is a variable expansion'],
    ['-i "${X}"', '"${X}" at position 5 is a parameter expansion'],
    ['-i "$(ls)"', '"$(ls)" at position 5 is a command substitution'],
    ['-i "`ls`"', '"`" at position 5 is a command substitution'],
    ["$'a\\tb'", `"$'" at position 1 is Bash-only quoting`],
    ['https://host/a?x=1&y=2', '"&" at position 19 is a background operator'],
  ])('rejects %j', (text, expected) => {
    expect(() => splitArguments(text, noMatch)).toThrow(expected);
  });

  it('says that no shell runs and how to pass the token', () => {
    expect(() => splitArguments('a | b', noMatch)).toThrow(
      `Invalid "arguments": "|" at position 3 is a pipe, but no shell runs here. Put it in quotes, as in '|', to pass it to the program as text. Run each command as its own task.`,
    );
  });

  it('points redirections to /input and /output', () => {
    expect(() => splitArguments('a > b', noMatch)).toThrow('Read files from /input/<task name>/ and write them to /output/.');
  });

  it('throws TaskError with code INVALID_DATA', () => {
    const error = captureError(() => splitArguments('a | b', noMatch));
    expect(error).toBeInstanceOf(TaskError);
    expect(error).toHaveProperty('code', 'INVALID_DATA');
  });

  it('rejects an unterminated single quote', () => {
    expect(() => splitArguments("-vf 'scale=1:2", noMatch)).toThrow('unterminated single quote at position 5');
  });

  it('rejects an unterminated double quote', () => {
    expect(() => splitArguments('a "b', noMatch)).toThrow('unterminated double quote at position 3');
  });

  it('rejects a double quote left open by an escaped quote', () => {
    expect(() => splitArguments('"abc\\"', noMatch)).toThrow('unterminated double quote at position 1');
  });

  it('rejects a trailing lone backslash', () => {
    expect(() => splitArguments('a b\\', noMatch)).toThrow('the backslash at position 4, the end of the text, escapes nothing');
  });

  it('rejects syntax before calling the expander', () => {
    let calls = 0;
    const count = (): readonly string[] => {
      calls += 1;
      return [];
    };
    expect(() => splitArguments('*.png | x', count)).toThrow(TaskError);
    expect(calls).toBe(1);
  });
});
