/**
 * @jest-environment ./__tests__/setup/jsdom-environment.js
 */
import {beforeEach, describe, expect, it, jest} from '@jest/globals'
import {fireEvent, render, screen} from '@testing-library/react'
import {ThemeProvider} from '@sanity/ui'
import {buildTheme} from '@sanity/ui/theme'
import type {DocumentActionDescription, DocumentActionProps} from 'sanity'

const patchExecute = jest.fn()
const publishExecute = jest.fn()
jest.unstable_mockModule('sanity', () => ({
  useDocumentOperation: () => ({patch: {execute: patchExecute}, publish: {execute: publishExecute, disabled: false}}),
}))
const {ScheduleAction} = await import('../../../sanity/studio/ScheduleAction.tsx')

const onComplete = jest.fn()
const props = {
  id: 'post-a',
  type: 'post',
  draft: {_id: 'drafts.post-a', _type: 'post'},
  published: null,
  onComplete,
} as unknown as DocumentActionProps

// Renders the action as the Studio would: its button, and its dialog once opened.
function Harness() {
  const action = ScheduleAction(props) as DocumentActionDescription
  const dialog = action.dialog && action.dialog.type === 'dialog' ? action.dialog : null
  return (
    <>
      <button type="button" onClick={action.onHandle}>
        {action.label}
      </button>
      {dialog ? (
        <ThemeProvider theme={buildTheme()}>
          <div role="dialog">{dialog.content}</div>
        </ThemeProvider>
      ) : null}
    </>
  )
}

beforeEach(() => {
  patchExecute.mockClear()
  publishExecute.mockClear()
  onComplete.mockClear()
})

describe('the Schedule action', () => {
  it('sets publishedAt and publishes in one step', () => {
    render(<Harness />)
    fireEvent.click(screen.getByRole('button', {name: 'Schedule'}))
    fireEvent.change(screen.getByLabelText('Goes live at (Eastern time, ET)'), {target: {value: '2031-05-04T09:30'}})
    fireEvent.click(screen.getByRole('button', {name: 'Schedule and publish'}))

    // 9:30 in Asheville in May is 13:30 UTC (EDT), whatever the zone the test runs in.
    expect(patchExecute).toHaveBeenCalledWith([{set: {publishedAt: '2031-05-04T13:30:00.000Z'}}])
    expect(publishExecute).toHaveBeenCalledTimes(1)
    expect(onComplete).toHaveBeenCalled()
  })

  it('refuses a time that has passed, and explains why', () => {
    render(<Harness />)
    fireEvent.click(screen.getByRole('button', {name: 'Schedule'}))
    fireEvent.change(screen.getByLabelText('Goes live at (Eastern time, ET)'), {target: {value: '2020-01-01T09:00'}})
    fireEvent.click(screen.getByRole('button', {name: 'Schedule and publish'}))

    expect(screen.getByRole('alert')).toHaveTextContent(/already passed/)
    expect(patchExecute).not.toHaveBeenCalled()
    expect(publishExecute).not.toHaveBeenCalled()
  })
})
