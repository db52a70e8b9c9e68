/**
 * The rule registry. Order is the rule catalogue's order (category by category). A meta-test checks
 * that every file in this folder is registered here, documented, and exercised by its own tests.
 */
import type { Rule } from '../rule.js';
import absoluteImports from './absolute-imports.js';
import approvedHelpers from './approved-helpers.js';
import assertionRoulette from './assertion-roulette.js';
import asyncHygiene from './async-hygiene.js';
import categoryMarkers from './category-markers.js';
import conditionalTestLogic from './conditional-test-logic.js';
import constructorInitialization from './constructor-initialization.js';
import defaultTest from './default-test.js';
import duplicateAssert from './duplicate-assert.js';
import e2eAuth from './e2e-auth.js';
import e2eTooFast from './e2e-too-fast.js';
import eagerTest from './eager-test.js';
import emptyTest from './empty-test.js';
import encoding from './encoding.js';
import failingTest from './failing-test.js';
import exceptionHandling from './exception-handling.js';
import fixtureUnusedParameter from './fixture-unused-parameter.js';
import generalFixture from './general-fixture.js';
import ignoredTest from './ignored-test.js';
import moduleNameClash from './module-name-clash.js';
import internalError from './internal-error.js';
import lackOfCohesion from './lack-of-cohesion.js';
import magicNumberTest from './magic-number-test.js';
import maxFileLines from './max-file-lines.js';
import moduleDocstring from './module-docstring.js';
import namedValueTypo from './named-value-typo.js';
import namedValueUntested from './named-value-untested.js';
import noMocksInIntegration from './no-mocks-in-integration.js';
import noOsEnviron from './no-os-environ.js';
import obscureInlineSetup from './obscure-inline-setup.js';
import parseError from './parse-error.js';
import skippedInCategory from './skipped-in-category.js';
import raisesTooBroad from './raises-too-broad.js';
import redundantAssertion from './redundant-assertion.js';
import redundantPrint from './redundant-print.js';
import shadowedTest from './shadowed-test.js';
import sleepyTest from './sleepy-test.js';
import suboptimalAssert from './suboptimal-assert.js';
import uncollectedTest from './uncollected-test.js';
import unknownTest from './unknown-test.js';
import uncoveredCapability from './uncovered-capability.js';
import unreadable from './unreadable.js';
import unusedSuppression from './unused-suppression.js';
import unregisteredMarker from './unregistered-marker.js';

export const RULES: readonly Rule[] = [
  // real services
  noMocksInIntegration,
  approvedHelpers,
  e2eAuth,
  // structure
  maxFileLines,
  absoluteImports,
  categoryMarkers,
  noOsEnviron,
  // collection (what pytest runs)
  uncollectedTest,
  shadowedTest,
  // documentation
  moduleDocstring,
  // async hygiene
  asyncHygiene,
  // test smells (PyNose / tsDetect catalogue)
  assertionRoulette,
  conditionalTestLogic,
  constructorInitialization,
  defaultTest,
  duplicateAssert,
  emptyTest,
  exceptionHandling,
  generalFixture,
  ignoredTest,
  lackOfCohesion,
  magicNumberTest,
  obscureInlineSetup,
  redundantAssertion,
  redundantPrint,
  sleepyTest,
  suboptimalAssert,
  unknownTest,
  eagerTest,
  fixtureUnusedParameter,
  raisesTooBroad,
  // test runs (judged from --junit results)
  failingTest,
  e2eTooFast,
  skippedInCategory,
  // coverage (what the suite tests: capabilities, named values)
  uncoveredCapability,
  namedValueTypo,
  namedValueUntested,
  // collection (tests that never run)
  unregisteredMarker,
  moduleNameClash,
  // file health
  parseError,
  encoding,
  unreadable,
  unusedSuppression,
  internalError,
] as Rule[];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
