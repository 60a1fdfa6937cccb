import {createMemory} from '../../src/memory/memory-store.js'
import {describeStore} from './store-behaviour.js'

describeStore('in-memory', async () => createMemory())
