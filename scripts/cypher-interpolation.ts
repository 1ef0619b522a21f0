import ts from 'typescript';
import { relative, sep } from 'node:path';

/**
 * A static check that Cypher is never built from values. Cypher text may only live in src/db,
 * and every `${…}` inside it must be built from constants: literals, closed unions of literals,
 * numbers, module constants (of src/db or of the pure vocabulary module), or the outputs of
 * src/db's own statement builders, which in turn may only be called with such arguments. A
 * builder is a synchronous function in src/db that returns text or a plain object (a statement,
 * a field declaration); an asynchronous one runs statements, and must never interpolate what it
 * is given.
 */
export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

const CYPHER = /\b(MATCH|MERGE|CREATE|RETURN|UNWIND|DETACH|OPTIONAL MATCH)\b/;

export function findUnsafeCypher(
  fileNames: string[],
  options: { root: string; dbFolder: string; constantFolders?: readonly string[] },
): Finding[] {
  const program = ts.createProgram(fileNames, {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const findings: Finding[] = [];
  const inFolder = (node: ts.Node, folder: string): boolean =>
    node.getSourceFile().fileName.includes(`${sep}${folder}${sep}`) ||
    node.getSourceFile().fileName.includes(`/${folder}/`);
  const inDb = (node: ts.Node): boolean => inFolder(node, options.dbFolder);
  const inConstants = (node: ts.Node): boolean =>
    inDb(node) || (options.constantFolders ?? []).some((folder) => inFolder(node, folder));
  const report = (node: ts.Node, message: string): void => {
    const source = node.getSourceFile();
    findings.push({
      file: relative(options.root, source.fileName),
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      message,
    });
  };

  const declarationOf = (node: ts.Node): ts.Declaration | undefined => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.[0];
  };

  const isClosedType = (node: ts.Expression): boolean => {
    const type = checker.getTypeAtLocation(node);
    const parts = type.isUnion() ? type.types : [type];
    return parts.every(
      (part) =>
        part.isStringLiteral() ||
        part.isNumberLiteral() ||
        (part.flags & (ts.TypeFlags.Number | ts.TypeFlags.BooleanLiteral | ts.TypeFlags.Boolean)) !== 0,
    );
  };

  /** A synchronous function in the data layer returning text or a plain object: it builds statements from its arguments. */
  const isCypherBuilder = (node: ts.Node): boolean => {
    if (!ts.isFunctionLike(node) || !inDb(node)) return false;
    const signature = checker.getSignatureFromDeclaration(node as ts.SignatureDeclaration);
    if (!signature) return false;
    const returned = checker.getReturnTypeOfSignature(signature);
    if ((returned.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Never)) !== 0) return false;
    return checker.getPropertyOfType(checker.getApparentType(returned), 'then') === undefined;
  };
  const enclosingFunction = (node: ts.Node): ts.Node | undefined => {
    let current: ts.Node | undefined = node.parent;
    while (current && !ts.isFunctionLike(current)) current = current.parent;
    return current;
  };

  const isSafe = (node: ts.Expression): boolean => {
    if (ts.isStringLiteralLike(node) || ts.isNumericLiteral(node)) return true;
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node))
      return isSafe(node.expression);
    if (ts.isArrayLiteralExpression(node)) return node.elements.every((element) => isSafe(element));
    if (ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) return isSafe(node.expression);
    if (ts.isObjectLiteralExpression(node))
      return node.properties.every((property) =>
        ts.isPropertyAssignment(property)
          ? isSafe(property.initializer) || ts.isArrowFunction(property.initializer)
          : ts.isSpreadAssignment(property)
            ? isSafe(property.expression)
            : ts.isShorthandPropertyAssignment(property) && isSafe(property.name),
      );
    if (ts.isTemplateExpression(node)) return node.templateSpans.every((span) => isSafe(span.expression));
    if (ts.isConditionalExpression(node)) return isSafe(node.whenTrue) && isSafe(node.whenFalse);
    if (ts.isBinaryExpression(node)) return isSafe(node.left) && isSafe(node.right);
    if (isClosedType(node)) return true;
    if (ts.isIdentifier(node)) {
      const declaration = declarationOf(node);
      if (!declaration || !inConstants(declaration)) return false;
      // A Cypher builder's own parameter: its callers are checked (below) to pass only safe arguments.
      if (ts.isParameter(declaration)) return isCypherBuilder(declaration.parent);
      // A name a builder binds from what it was given (a loop over its own argument's entries).
      if (ts.isBindingElement(declaration) || (ts.isVariableDeclaration(declaration) && !declaration.initializer)) {
        const within = enclosingFunction(declaration);
        return within !== undefined && isCypherBuilder(within);
      }
      if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
        const list = declaration.parent;
        return ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
      }
      return ts.isFunctionDeclaration(declaration);
    }
    if (ts.isPropertyAccessExpression(node)) return isSafe(node.expression);
    if (ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.expression : node.expression;
      return (
        isSafe(callee as ts.Expression) &&
        node.arguments.every((argument) => isSafe(argument) || ts.isArrowFunction(argument))
      );
    }
    if (ts.isElementAccessExpression(node)) return isSafe(node.expression) && isSafe(node.argumentExpression);
    return false;
  };

  for (const source of program.getSourceFiles()) {
    if (!fileNames.includes(source.fileName)) continue;
    const visit = (node: ts.Node): void => {
      const text = ts.isTemplateExpression(node)
        ? node.head.text + node.templateSpans.map((span) => span.literal.text).join(' ')
        : ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
          ? node.text
          : undefined;
      if (text !== undefined && CYPHER.test(text)) {
        if (!inDb(node)) report(node, 'Cypher outside src/db');
        else if (ts.isTemplateExpression(node)) {
          for (const span of node.templateSpans) {
            if (!isSafe(span.expression))
              report(span.expression, `value interpolated into Cypher: \${${span.expression.getText()}}`);
          }
        }
      }
      // Calls to src/db's string builders must pass only safe arguments, wherever they are made.
      if (ts.isCallExpression(node)) {
        const declaration = declarationOf(
          ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression,
        );
        const builder =
          declaration &&
          (isCypherBuilder(declaration) ||
            (ts.isVariableDeclaration(declaration) &&
              declaration.initializer !== undefined &&
              isCypherBuilder(declaration.initializer)));
        if (builder && CYPHER.test(declaration.getText())) {
          for (const argument of node.arguments) {
            if (!isSafe(argument) && !ts.isArrowFunction(argument))
              report(argument, `value passed to a Cypher builder: ${argument.getText()}`);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings;
}
